using FletActors.UI.Patching;

namespace FletActors;

/// <summary>A text input. <see cref="Value"/> follows what the user types without a round trip.</summary>
public class TextField : InputControl<TextField, string>
{
    /// <summary>Creates an empty text field.</summary>
    public TextField()
    {
    }

    /// <summary>The text; updated by the client as the user types.</summary>
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

    /// <summary>Placeholder text shown while the field is empty.</summary>
    public string? HintText
    {
        get => GetString("hint_text");
        set => SetString("hint_text", value);
    }

    /// <summary>Help text shown below the field.</summary>
    public string? HelperText
    {
        get => GetString("helper_text");
        set => SetString("helper_text", value);
    }

    /// <summary>Error text shown below the field; set to null to clear it.</summary>
    public string? ErrorText
    {
        get => GetString("error_text");
        set => SetString("error_text", value);
    }

    /// <summary>Text shown before the input.</summary>
    public string? PrefixText
    {
        get => GetString("prefix_text");
        set => SetString("prefix_text", value);
    }

    /// <summary>Text shown after the input.</summary>
    public string? SuffixText
    {
        get => GetString("suffix_text");
        set => SetString("suffix_text", value);
    }

    /// <summary>Hides the text as it is typed.</summary>
    public bool Password
    {
        get => GetBool("password", false);
        set => SetBool("password", value, false);
    }

    /// <summary>Shows a button that reveals a password.</summary>
    public bool CanRevealPassword
    {
        get => GetBool("can_reveal_password", false);
        set => SetBool("can_reveal_password", value, false);
    }

    /// <summary>Accepts several lines.</summary>
    public bool Multiline
    {
        get => GetBool("multiline", false);
        set => SetBool("multiline", value, false);
    }

    /// <summary>The fewest lines shown for a multiline field.</summary>
    public int? MinLines
    {
        get => GetInt("min_lines");
        set => SetInt("min_lines", value);
    }

    /// <summary>The most lines shown for a multiline field.</summary>
    public int? MaxLines
    {
        get => GetInt("max_lines");
        set => SetInt("max_lines", value);
    }

    /// <summary>The most characters accepted.</summary>
    public int? MaxLength
    {
        get => GetInt("max_length");
        set => SetInt("max_length", value);
    }

    /// <summary>Shows the text without letting the user change it.</summary>
    public bool ReadOnly
    {
        get => GetBool("read_only", false);
        set => SetBool("read_only", value, false);
    }

    /// <summary>Takes the focus when shown.</summary>
    public bool Autofocus
    {
        get => GetBool("autofocus", false);
        set => SetBool("autofocus", value, false);
    }

    /// <summary>The on-screen keyboard the field asks for.</summary>
    public KeyboardType? KeyboardType
    {
        get => GetEnum<KeyboardType>("keyboard_type");
        set => SetEnum("keyboard_type", value);
    }

    /// <summary>How the text lines up horizontally.</summary>
    public TextAlign? TextAlign
    {
        get => GetEnum<TextAlign>("text_align");
        set => SetEnum("text_align", value);
    }

    /// <summary>The border drawn around the field.</summary>
    public InputBorder? Border
    {
        get => GetEnum<InputBorder>("border");
        set => SetEnum("border", value);
    }

    /// <summary>Raised when the user presses Enter in the field.</summary>
    public Action<ControlEvent<TextField>>? OnSubmit
    {
        get => GetHandler<ControlEvent<TextField>>("submit");
        set => SetHandler("submit", value);
    }

    internal override string ControlType => "textfield";

    internal override bool HasEvent(string eventName) => eventName is "submit" || base.HasEvent(eventName);

    private protected override string ParseChange(string data) => data;

    internal override PropKind? WritableKind(string prop) => prop switch
    {
        "value" => PropKind.String,
        _ => base.WritableKind(prop),
    };
}
