namespace FletActors.Client;

/// <summary>Where a <see cref="SessionClient"/> is in its life.</summary>
public enum SessionClientState
{
    /// <summary>Created, not started.</summary>
    Created,

    /// <summary>Opening a connection and registering or resuming.</summary>
    Connecting,

    /// <summary>The server started or resumed the session on the current connection.</summary>
    Connected,

    /// <summary>The connection dropped; waiting out the backoff before the next attempt.</summary>
    Reconnecting,

    /// <summary>The server closed the session, or the client was disposed.</summary>
    Closed,

    /// <summary>The client gave up reconnecting.</summary>
    Failed,
}
