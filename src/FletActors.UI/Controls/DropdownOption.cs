namespace FletActors;

/// <summary>One option of a <see cref="Dropdown"/>.</summary>
public class DropdownOption : Control
{
    /// <summary>Creates an option without a value yet.</summary>
    public DropdownOption()
    {
    }

    /// <summary>Creates an option with <paramref name="value"/>, shown as <paramref name="text"/> (or the value).</summary>
    public DropdownOption(string value, string? text = null)
    {
        Value = value;
        Text = text;
    }

    /// <summary>The value the dropdown takes when this option is chosen.</summary>
    public string? Value
    {
        get => GetString("value");
        set => SetString("value", value);
    }

    /// <summary>The text shown; the value when null.</summary>
    public string? Text
    {
        get => GetString("text");
        set => SetString("text", value);
    }

    internal override string ControlType => "dropdownoption";
}
