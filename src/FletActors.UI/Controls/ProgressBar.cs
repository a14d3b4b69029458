namespace FletActors;

/// <summary>A horizontal progress bar.</summary>
public class ProgressBar : Control
{
    /// <summary>Creates an indeterminate ProgressBar.</summary>
    public ProgressBar()
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

    /// <summary>Thickness of the bar in logical pixels.</summary>
    public double? BarHeight
    {
        get => GetNumber("bar_height");
        set => SetNumber("bar_height", value);
    }

    internal override string ControlType => "progressbar";
}
