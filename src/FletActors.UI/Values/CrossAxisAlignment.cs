namespace FletActors;

/// <summary>How a Row or Column places its controls across its main axis (Flet's <c>CrossAxisAlignment</c>).</summary>
public enum CrossAxisAlignment
{
    /// <summary>At the start.</summary>
    [WireName("start")]
    Start,

    /// <summary>In the middle.</summary>
    [WireName("center")]
    Center,

    /// <summary>At the end.</summary>
    [WireName("end")]
    End,

    /// <summary>Stretched to fill the cross axis.</summary>
    [WireName("stretch")]
    Stretch,
}
