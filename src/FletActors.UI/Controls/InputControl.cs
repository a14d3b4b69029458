namespace FletActors;

/// <summary>
/// What the value inputs share (<see cref="TextField"/>, <see cref="Checkbox"/>, <see cref="Switch"/>,
/// <see cref="Slider"/>, <see cref="Dropdown"/>): change, focus and blur events. The value itself is written back by
/// the client, so a change handler already sees it, and the change event carries it typed.
/// </summary>
/// <typeparam name="TSelf">The control type itself, so handlers receive it without a cast.</typeparam>
/// <typeparam name="TValue">The type of the control's value.</typeparam>
public abstract class InputControl<TSelf, TValue> : Control
    where TSelf : InputControl<TSelf, TValue>
{
    private protected InputControl()
    {
    }

    /// <summary>Raised when the user changed the value; the event's Value and the control's own value property already hold it.</summary>
    public Action<ChangeEvent<TSelf, TValue>>? OnChange
    {
        get => GetHandler<ChangeEvent<TSelf, TValue>>("change");
        set => SetHandler("change", value);
    }

    /// <summary>Raised when the control receives input focus.</summary>
    public Action<ControlEvent<TSelf>>? OnFocus
    {
        get => GetHandler<ControlEvent<TSelf>>("focus");
        set => SetHandler("focus", value);
    }

    /// <summary>Raised when the control loses input focus.</summary>
    public Action<ControlEvent<TSelf>>? OnBlur
    {
        get => GetHandler<ControlEvent<TSelf>>("blur");
        set => SetHandler("blur", value);
    }

    internal override bool HasEvent(string eventName) => eventName is "change" or "focus" or "blur" || base.HasEvent(eventName);

    internal override ControlEvent CreateEvent(string eventName, string data) => eventName == "change"
        ? new ChangeEvent<TSelf, TValue>((TSelf)this, data, ParseChange(data))
        : new ControlEvent<TSelf>((TSelf)this, eventName, data);

    /// <summary>The new value a "change" event carries as text.</summary>
    /// <exception cref="EventDataException">The text is not a value of this control.</exception>
    private protected abstract TValue ParseChange(string data);
}
