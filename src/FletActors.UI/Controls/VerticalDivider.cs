namespace FletActors;

/// <summary>A thin vertical line.</summary>
public class VerticalDivider : Control
{
    /// <summary>Creates a divider.</summary>
    public VerticalDivider()
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

    internal override string ControlType => "verticaldivider";
}
