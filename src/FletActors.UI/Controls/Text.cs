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

    /// <summary>Font weight.</summary>
    public FontWeight? Weight
    {
        get => GetEnum<FontWeight>("weight");
        set => SetEnum("weight", value);
    }

    /// <summary>Italic style.</summary>
    public bool Italic
    {
        get => GetBool("italic", false);
        set => SetBool("italic", value, false);
    }

    /// <summary>Text color.</summary>
    public Color? Color
    {
        get => GetValue<Color>("color");
        set => SetValue("color", value);
    }

    /// <summary>How the lines line up horizontally.</summary>
    public TextAlign? TextAlign
    {
        get => GetEnum<TextAlign>("text_align");
        set => SetEnum("text_align", value);
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
