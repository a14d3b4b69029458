using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors;

/// <summary>Picks one of several options from a drop-down list. <see cref="Value"/> follows the user without a round trip.</summary>
public class Dropdown : InputControl<Dropdown, string>
{
    private readonly ChildSlot optionsSlot;

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

    internal override string ControlType => "dropdown";

    private protected override string ParseChange(string data) => data;

    internal override PropKind? WritableKind(string prop) => prop switch
    {
        "value" => PropKind.String,
        _ => base.WritableKind(prop),
    };
}
