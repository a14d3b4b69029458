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

    /// <summary>How the image fills its box.</summary>
    public ImageFit? Fit
    {
        get => GetEnum<ImageFit>("fit");
        set => SetEnum("fit", value);
    }

    /// <summary>Corner radius; the catalogue carries one number, so all corners must be equal.</summary>
    public BorderRadius? BorderRadius
    {
        get => GetValue<BorderRadius>("border_radius");
        set => SetValue("border_radius", value);
    }

    /// <summary>Text describing the image for screen readers.</summary>
    public string? SemanticsLabel
    {
        get => GetString("semantics_label");
        set => SetString("semantics_label", value);
    }

    internal override string ControlType => "image";
}
