namespace FletActors;

/// <summary>
/// What the value inputs share (<see cref="TextField"/>, <see cref="Checkbox"/>, <see cref="Switch"/>,
/// <see cref="Slider"/>, <see cref="Dropdown"/>): change, focus and blur events. The value itself is written back by
/// the client, so a change handler already sees it.
/// </summary>
public abstract class InputControl : Control
{
    private Action<ControlEvent>? onChange;
    private Action<ControlEvent>? onFocus;
    private Action<ControlEvent>? onBlur;

    private protected InputControl()
    {
    }

    /// <summary>Raised when the user changed the value; <see cref="ControlEvent.Data"/> holds it as text and the value property already has it.</summary>
    public Action<ControlEvent>? OnChange
    {
        get => onChange;
        set => SetHandler(ref onChange, value, "change");
    }

    /// <summary>Raised when the control receives input focus.</summary>
    public Action<ControlEvent>? OnFocus
    {
        get => onFocus;
        set => SetHandler(ref onFocus, value, "focus");
    }

    /// <summary>Raised when the control loses input focus.</summary>
    public Action<ControlEvent>? OnBlur
    {
        get => onBlur;
        set => SetHandler(ref onBlur, value, "blur");
    }

    internal override bool TryGetHandler(string eventName, out Action<ControlEvent>? handler)
    {
        switch (eventName)
        {
            case "change":
                handler = onChange;
                return true;
            case "focus":
                handler = onFocus;
                return true;
            case "blur":
                handler = onBlur;
                return true;
            default:
                return base.TryGetHandler(eventName, out handler);
        }
    }
}
