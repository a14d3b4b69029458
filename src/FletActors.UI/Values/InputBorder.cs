namespace FletActors;

/// <summary>The border drawn around a TextField (Flet's <c>InputBorder</c>).</summary>
public enum InputBorder
{
    /// <summary>A box around the field.</summary>
    [WireName("outline")]
    Outline,

    /// <summary>A line below the field.</summary>
    [WireName("underline")]
    Underline,

    /// <summary>No border.</summary>
    [WireName("none")]
    None,
}
