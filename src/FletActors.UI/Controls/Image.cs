namespace FletActors;

/// <summary>Shows an image from a URL.</summary>
public class Image : Control
{
    /// <summary>Creates an image without a source yet.</summary>
    public Image()
    {
    }

    /// <summary>Creates an image loaded from <paramref name="src"/>.</summary>
    public Image(string src) => Src = src;

    /// <summary>The image URL.</summary>
    public string? Src
    {
        get => GetString("src");
        set => SetString("src", value);
    }

    /// <summary>"contain", "cover", "fill", "none" or "scale_down".</summary>
    public string? Fit
    {
        get => GetString("fit");
        set => SetString("fit", value);
    }

    /// <summary>Corner radius in logical pixels.</summary>
    public double? BorderRadius
    {
        get => GetNumber("border_radius");
        set => SetNumber("border_radius", value);
    }

    /// <summary>Text describing the image for screen readers.</summary>
    public string? SemanticsLabel
    {
        get => GetString("semantics_label");
        set => SetString("semantics_label", value);
    }

    internal override string ControlType => "image";
}
