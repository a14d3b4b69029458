namespace FletActors;

/// <summary>The kind of on-screen keyboard a TextField asks for (Flet's <c>KeyboardType</c>).</summary>
public enum KeyboardType
{
    /// <summary>Plain text.</summary>
    [WireName("text")]
    Text,

    /// <summary>Digits.</summary>
    [WireName("number")]
    Number,

    /// <summary>An e-mail address.</summary>
    [WireName("email")]
    Email,

    /// <summary>A telephone number.</summary>
    [WireName("phone")]
    Phone,

    /// <summary>A web address.</summary>
    [WireName("url")]
    Url,
}
