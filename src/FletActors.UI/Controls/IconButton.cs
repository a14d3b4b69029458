namespace FletActors;

/// <summary>A button showing just an icon.</summary>
public class IconButton : Control
{
    /// <summary>Creates an icon button without an icon yet.</summary>
    public IconButton()
    {
    }

    /// <summary>Creates a button showing the Material icon <paramref name="icon"/>.</summary>
    public IconButton(string icon) => Icon = icon;

    /// <summary>The Material icon name.</summary>
    public string? Icon
    {
        get => GetString("icon");
        set => SetString("icon", value);
    }

    /// <summary>Color of the icon.</summary>
    public string? IconColor
    {
        get => GetString("icon_color");
        set => SetString("icon_color", value);
    }

    /// <summary>Size of the icon in logical pixels.</summary>
    public double? IconSize
    {
        get => GetNumber("icon_size");
        set => SetNumber("icon_size", value);
    }

    /// <summary>Whether the button shows its selected state.</summary>
    public bool Selected
    {
        get => GetBool("selected", false);
        set => SetBool("selected", value, false);
    }

    /// <summary>The icon shown while <see cref="Selected"/> is true.</summary>
    public string? SelectedIcon
    {
        get => GetString("selected_icon");
        set => SetString("selected_icon", value);
    }

    /// <summary>Raised when the user clicks or taps the control.</summary>
    public Action<ControlEvent>? OnClick
    {
        get => GetHandler("click");
        set => SetHandler("click", value);
    }

    /// <summary>Raised when the control receives input focus.</summary>
    public Action<ControlEvent>? OnFocus
    {
        get => GetHandler("focus");
        set => SetHandler("focus", value);
    }

    /// <summary>Raised when the control loses input focus.</summary>
    public Action<ControlEvent>? OnBlur
    {
        get => GetHandler("blur");
        set => SetHandler("blur", value);
    }

    internal override string ControlType => "iconbutton";

    internal override bool HasEvent(string eventName) => eventName is "click" or "focus" or "blur" || base.HasEvent(eventName);
}
