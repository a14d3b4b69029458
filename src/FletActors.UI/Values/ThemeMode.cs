namespace FletActors;

/// <summary>The page's brightness (Flet's <c>ThemeMode</c>).</summary>
public enum ThemeMode
{
    /// <summary>Follows the client's system setting.</summary>
    [WireName("system")]
    System,

    /// <summary>Light colours.</summary>
    [WireName("light")]
    Light,

    /// <summary>Dark colours.</summary>
    [WireName("dark")]
    Dark,
}
