namespace FletActors;

/// <summary>A button showing just an icon.</summary>
public class IconButton : Control
{
    /// <summary>Creates an icon button without an icon yet.</summary>
    public IconButton()
    {
    }

    /// <summary>Creates a button showing <paramref name="icon"/>, e.g. <c>new IconButton(Icons.Delete)</c>.</summary>
    public IconButton(IconName icon) => Icon = icon;

    /// <summary>The icon.</summary>
    public IconName? Icon
    {
        get => GetValue<IconName>("icon");
        set => SetValue("icon", value);
    }

    /// <summary>Color of the icon.</summary>
    public Color? IconColor
    {
        get => GetValue<Color>("icon_color");
        set => SetValue("icon_color", value);
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
    public IconName? SelectedIcon
    {
        get => GetValue<IconName>("selected_icon");
        set => SetValue("selected_icon", value);
    }

    /// <summary>Raised when the user clicks or taps the control.</summary>
    public Action<ControlEvent<IconButton>>? OnClick
    {
        get => GetHandler<ControlEvent<IconButton>>("click");
        set => SetHandler("click", value);
    }

    /// <summary>Raised when the control receives input focus.</summary>
    public Action<ControlEvent<IconButton>>? OnFocus
    {
        get => GetHandler<ControlEvent<IconButton>>("focus");
        set => SetHandler("focus", value);
    }

    /// <summary>Raised when the control loses input focus.</summary>
    public Action<ControlEvent<IconButton>>? OnBlur
    {
        get => GetHandler<ControlEvent<IconButton>>("blur");
        set => SetHandler("blur", value);
    }

    internal override string ControlType => "iconbutton";

    internal override ControlEvent CreateEvent(string eventName, string data) =>
        new ControlEvent<IconButton>(this, eventName, data);

    internal override bool HasEvent(string eventName) => eventName is "click" or "focus" or "blur" || base.HasEvent(eventName);
}
