namespace FletActors;

/// <summary>A radio button; it belongs to the enclosing <see cref="RadioGroup"/>.</summary>
public class Radio : Control
{
    /// <summary>Creates a radio button without a value yet.</summary>
    public Radio()
    {
    }

    /// <summary>Creates a radio button with <paramref name="value"/> and a label.</summary>
    public Radio(string value, string? label = null)
    {
        Value = value;
        Label = label;
    }

    /// <summary>The value the group takes when this radio is selected.</summary>
    public string? Value
    {
        get => GetString("value");
        set => SetString("value", value);
    }

    /// <summary>The label next to it.</summary>
    public string? Label
    {
        get => GetString("label");
        set => SetString("label", value);
    }

    internal override string ControlType => "radio";
}
