namespace FletActors;

/// <summary>
/// The user changed the value of a <typeparamref name="TControl"/>; <see cref="Value"/> is the new value, parsed once
/// from the event's data, and the control's own value property already holds it.
/// </summary>
/// <typeparam name="TControl">The control whose value changed.</typeparam>
/// <typeparam name="TValue">The type of its value.</typeparam>
public sealed class ChangeEvent<TControl, TValue> : ControlEvent<TControl>
    where TControl : Control
{
    internal ChangeEvent(TControl control, string data, TValue value)
        : base(control, "change", data) => Value = value;

    /// <summary>The new value.</summary>
    public TValue Value { get; }
}
