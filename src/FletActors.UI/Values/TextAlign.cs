namespace FletActors;

/// <summary>How text lines up horizontally (Flet's <c>TextAlign</c>).</summary>
public enum TextAlign
{
    /// <summary>Against the left edge.</summary>
    [WireName("left")]
    Left,

    /// <summary>Centred.</summary>
    [WireName("center")]
    Center,

    /// <summary>Against the right edge.</summary>
    [WireName("right")]
    Right,

    /// <summary>Stretched to both edges.</summary>
    [WireName("justify")]
    Justify,
}
