namespace FletActors;

/// <summary>How an Image fills its box (Flet's <c>ImageFit</c>).</summary>
public enum ImageFit
{
    /// <summary>As large as possible while wholly inside the box.</summary>
    [WireName("contain")]
    Contain,

    /// <summary>As small as possible while covering the whole box.</summary>
    [WireName("cover")]
    Cover,

    /// <summary>Stretched to the box, ignoring the aspect ratio.</summary>
    [WireName("fill")]
    Fill,

    /// <summary>At its own size, centred and clipped.</summary>
    [WireName("none")]
    None,

    /// <summary>Like None, but scaled down as Contain when larger than the box.</summary>
    [WireName("scaleDown")]
    ScaleDown,
}
