using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors;

/// <summary>Picks one of several options from a drop-down list. <see cref="Value"/> follows the user without a round trip.</summary>
public class Dropdown : Control
{
    private readonly ChildSlot optionsSlot;
    private Action<ControlEvent>? onChange;
    private Action<ControlEvent>? onFocus;
    private Action<ControlEvent>? onBlur;

    /// <summary>Creates a dropdown with <paramref name="options"/>.</summary>
    public Dropdown(params DropdownOption[] options)
    {
        optionsSlot = AddSlot("options", single: false);
        Options = new ControlList<DropdownOption>(optionsSlot);
        Options.AddRange(options);
    }

    /// <summary>The <see cref="DropdownOption.Value"/> of the selected option; updated by the client.</summary>
    public string? Value
    {
        get => GetString("value");
        set => SetString("value", value);
    }

    /// <summary>The label shown above the field.</summary>
    public string? Label
    {
        get => GetString("label");
        set => SetString("label", value);
    }

    /// <summary>Text shown while nothing is selected.</summary>
    public string? HintText
    {
        get => GetString("hint_text");
        set => SetString("hint_text", value);
    }

    /// <summary>The options to choose from.</summary>
    public ControlList<DropdownOption> Options { get; }

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

    internal override string ControlType => "dropdown";

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
        "value" => PropKind.String,
        _ => base.WritableKind(prop),
    };
}
