namespace FletActors;

/// <summary>Shows a Material icon.</summary>
public class Icon : Control
{
    /// <summary>Creates an icon without a name yet.</summary>
    public Icon()
    {
    }

    /// <summary>Creates the Material icon <paramref name="name"/> (lower snake case, e.g. "favorite_border").</summary>
    public Icon(string name) => Name = name;

    /// <summary>The Material icon name.</summary>
    public string? Name
    {
        get => GetString("name");
        set => SetString("name", value);
    }

    /// <summary>Icon color.</summary>
    public string? Color
    {
        get => GetString("color");
        set => SetString("color", value);
    }

    /// <summary>Size in logical pixels.</summary>
    public double? Size
    {
        get => GetNumber("size");
        set => SetNumber("size", value);
    }

    internal override string ControlType => "icon";
}
