using FletActors.UI.Patching;

namespace FletActors;

/// <summary>An on/off switch with an optional label. <see cref="Value"/> follows the user without a round trip.</summary>
public class Switch : Control
{
    private Action<ControlEvent>? onChange;
    private Action<ControlEvent>? onFocus;
    private Action<ControlEvent>? onBlur;

    /// <summary>Creates an unchecked switch without a label.</summary>
    public Switch()
    {
    }

    /// <summary>Creates a switch labelled <paramref name="label"/>.</summary>
    public Switch(string label, bool value = false)
    {
        Label = label;
        Value = value;
    }

    /// <summary>Whether it is on; updated by the client.</summary>
    public bool Value
    {
        get => GetBool("value", false);
        set => SetBool("value", value, false);
    }

    /// <summary>The label next to it.</summary>
    public string? Label
    {
        get => GetString("label");
        set => SetString("label", value);
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

    internal override string ControlType => "switch";

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

    internal override PropKind? WritableKind(string prop) => prop switch
    {
        "value" => PropKind.Bool,
        _ => base.WritableKind(prop),
    };
}
