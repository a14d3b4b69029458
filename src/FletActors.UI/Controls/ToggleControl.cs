using FletActors.UI.Patching;

namespace FletActors;

/// <summary>What <see cref="Checkbox"/> and <see cref="Switch"/> share: an on/off value the client writes back, and a label.</summary>
/// <typeparam name="TSelf">The control type itself, so handlers receive it without a cast.</typeparam>
public abstract class ToggleControl<TSelf> : InputControl<TSelf, bool>
    where TSelf : ToggleControl<TSelf>
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

    private protected override bool ParseChange(string data) => EventData.Bool(data, ControlType);

    internal override PropKind? WritableKind(string prop) => prop switch
    {
        "value" => PropKind.Bool,
        _ => base.WritableKind(prop),
    };
}
