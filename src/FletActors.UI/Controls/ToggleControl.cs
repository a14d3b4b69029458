using FletActors.UI.Patching;

namespace FletActors;

/// <summary>What <see cref="Checkbox"/> and <see cref="Switch"/> share: an on/off value the client writes back, and a label.</summary>
public abstract class ToggleControl : InputControl
{
    private protected ToggleControl(string? label, bool value)
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

    internal override PropKind? WritableKind(string prop) => prop switch
    {
        "value" => PropKind.Bool,
        _ => base.WritableKind(prop),
    };
}
