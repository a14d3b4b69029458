namespace FletActors;

/// <summary>A circular progress indicator.</summary>
public class ProgressRing : Control
{
    /// <summary>Creates an indeterminate ProgressRing.</summary>
    public ProgressRing()
    {
    }

    /// <summary>Progress from 0 to 1; null shows an indeterminate animation.</summary>
    public double? Value
    {
        get => GetNumber("value");
        set => SetNumber("value", value);
    }

    /// <summary>Indicator color.</summary>
    public Color? Color
    {
        get => GetValue<Color>("color");
        set => SetValue("color", value);
    }

    /// <summary>Thickness of the ring in logical pixels.</summary>
    public double? StrokeWidth
    {
        get => GetNumber("stroke_width");
        set => SetNumber("stroke_width", value);
    }

    internal override string ControlType => "progressring";
}
