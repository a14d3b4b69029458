namespace FletActors.Client;

/// <summary>What the session client does after a Connect call failed with a gRPC status.</summary>
internal enum CallFailureAction
{
    /// <summary>The network or the server's node failed: back off, then resume (or register again if no session started).</summary>
    Reconnect,

    /// <summary>The server no longer has the client's session, or refuses its token: forget it and register a new one.</summary>
    RegisterAgain,

    /// <summary>The server refuses what the client asks for; asking again cannot help, so the client fails.</summary>
    GiveUp,
}
