namespace FletActors;

/// <summary>Whether and how a layout scrolls when its content overflows (Flet's <c>ScrollMode</c>).</summary>
public enum ScrollMode
{
    /// <summary>Scrolls, with a scroll bar shown while scrolling.</summary>
    [WireName("auto")]
    Auto,

    /// <summary>Scrolls, with a scroll bar always shown.</summary>
    [WireName("always")]
    Always,

    /// <summary>Scrolls without a scroll bar.</summary>
    [WireName("hidden")]
    Hidden,
}
