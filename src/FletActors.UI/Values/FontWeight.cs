namespace FletActors;

/// <summary>The weight of a Text's font (Flet's <c>FontWeight</c>).</summary>
public enum FontWeight
{
    /// <summary>Regular weight (400).</summary>
    [WireName("normal")]
    Normal,

    /// <summary>Bold (700).</summary>
    [WireName("bold")]
    Bold,

    /// <summary>Weight 100.</summary>
    [WireName("w100")]
    W100,

    /// <summary>Weight 200.</summary>
    [WireName("w200")]
    W200,

    /// <summary>Weight 300.</summary>
    [WireName("w300")]
    W300,

    /// <summary>Weight 400.</summary>
    [WireName("w400")]
    W400,

    /// <summary>Weight 500.</summary>
    [WireName("w500")]
    W500,

    /// <summary>Weight 600.</summary>
    [WireName("w600")]
    W600,

    /// <summary>Weight 700.</summary>
    [WireName("w700")]
    W700,

    /// <summary>Weight 800.</summary>
    [WireName("w800")]
    W800,

    /// <summary>Weight 900.</summary>
    [WireName("w900")]
    W900,
}
