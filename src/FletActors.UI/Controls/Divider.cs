namespace FletActors;

/// <summary>A thin horizontal line.</summary>
public class Divider : Control
{
    /// <summary>Creates a divider.</summary>
    public Divider()
    {
    }

    /// <summary>Thickness of the line in logical pixels.</summary>
    public double? Thickness
    {
        get => GetNumber("thickness");
        set => SetNumber("thickness", value);
    }

    /// <summary>Line color.</summary>
    public Color? Color
    {
        get => GetValue<Color>("color");
        set => SetValue("color", value);
    }

    internal override string ControlType => "divider";
}
