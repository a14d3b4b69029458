namespace FletActors;

/// <summary>Shows a Material icon.</summary>
public class Icon : Control
{
    /// <summary>Creates an icon without a name yet.</summary>
    public Icon()
    {
    }

    /// <summary>Creates the icon <paramref name="name"/>, e.g. <c>new Icon(Icons.FavoriteBorder)</c>.</summary>
    public Icon(IconName name) => Name = name;

    /// <summary>The icon.</summary>
    public IconName? Name
    {
        get => GetValue<IconName>("name");
        set => SetValue("name", value);
    }

    /// <summary>Icon color.</summary>
    public Color? Color
    {
        get => GetValue<Color>("color");
        set => SetValue("color", value);
    }

    /// <summary>Size in logical pixels.</summary>
    public double? Size
    {
        get => GetNumber("size");
        set => SetNumber("size", value);
    }

    internal override string ControlType => "icon";
}
