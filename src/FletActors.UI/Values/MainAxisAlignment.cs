namespace FletActors;

/// <summary>How a Row or Column places its controls along its main axis (Flet's <c>MainAxisAlignment</c>).</summary>
public enum MainAxisAlignment
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

    /// <summary>Free space between the controls, none at the ends.</summary>
    [WireName("spaceBetween")]
    SpaceBetween,

    /// <summary>Free space around each control, half of it at the ends.</summary>
    [WireName("spaceAround")]
    SpaceAround,

    /// <summary>Free space spread evenly between the controls and at the ends.</summary>
    [WireName("spaceEvenly")]
    SpaceEvenly,
}
