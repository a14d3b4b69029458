namespace FletActors;

/// <summary>
/// What the value inputs share (<see cref="TextField"/>, <see cref="Checkbox"/>, <see cref="Switch"/>,
/// <see cref="Slider"/>, <see cref="Dropdown"/>): change, focus and blur events. The value itself is written back by
/// the client, so a change handler already sees it.
/// </summary>
public abstract class InputControl : Control
{
    private protected InputControl()
    {
    }

    /// <summary>Raised when the user changed the value; <see cref="ControlEvent.Data"/> holds it as text and the value property already has it.</summary>
    public Action<ControlEvent>? OnChange
    {
        get => GetHandler("change");
        set => SetHandler("change", value);
    }

    /// <summary>Raised when the control receives input focus.</summary>
    public Action<ControlEvent>? OnFocus
    {
        get => GetHandler("focus");
        set => SetHandler("focus", value);
    }

    /// <summary>Raised when the control loses input focus.</summary>
    public Action<ControlEvent>? OnBlur
    {
        get => GetHandler("blur");
        set => SetHandler("blur", value);
    }

    internal override bool HasEvent(string eventName) => eventName is "change" or "focus" or "blur" || base.HasEvent(eventName);
}
