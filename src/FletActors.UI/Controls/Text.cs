namespace FletActors;

/// <summary>Displays a piece of text.</summary>
public class Text : Control
{
    /// <summary>Creates a text control without a value yet.</summary>
    public Text()
    {
    }

    /// <summary>Creates a text control showing <paramref name="value"/>.</summary>
    public Text(string value) => Value = value;

    /// <summary>The text to show.</summary>
    public string? Value
    {
        get => GetString("value");
        set => SetString("value", value);
    }

    /// <summary>Font size in logical pixels.</summary>
    public double? Size
    {
        get => GetNumber("size");
        set => SetNumber("size", value);
    }

    /// <summary>Font weight: "normal", "bold" or "w100" to "w900".</summary>
    public string? Weight
    {
        get => GetString("weight");
        set => SetString("weight", value);
    }

    /// <summary>Italic style.</summary>
    public bool Italic
    {
        get => GetBool("italic", false);
        set => SetBool("italic", value, false);
    }

    /// <summary>Text color.</summary>
    public string? Color
    {
        get => GetString("color");
        set => SetString("color", value);
    }

    /// <summary>"left", "center", "right" or "justify".</summary>
    public string? TextAlign
    {
        get => GetString("text_align");
        set => SetString("text_align", value);
    }

    /// <summary>Whether the user can select the text.</summary>
    public bool Selectable
    {
        get => GetBool("selectable", false);
        set => SetBool("selectable", value, false);
    }

    /// <summary>The most lines shown before the text is cut.</summary>
    public int? MaxLines
    {
        get => GetInt("max_lines");
        set => SetInt("max_lines", value);
    }

    internal override string ControlType => "text";
}
