namespace FletActors;

/// <summary>
/// The pointer entered or left a <typeparamref name="TControl"/> (Flet's <c>on_hover</c>, whose data is
/// <c>"true"</c> or <c>"false"</c>); <see cref="IsHovering"/> says which, parsed once from the event's data.
/// </summary>
/// <typeparam name="TControl">The control the pointer moved over.</typeparam>
public sealed class HoverEvent<TControl> : ControlEvent<TControl>
    where TControl : Control
{
    internal HoverEvent(TControl control, string data, bool isHovering)
        : base(control, "hover", data) => IsHovering = isHovering;

    /// <summary>True when the pointer entered the control, false when it left.</summary>
    public bool IsHovering { get; }
}
