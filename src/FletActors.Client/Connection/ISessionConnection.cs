using FletActors.Protocol.V1;

namespace FletActors.Client;

/// <summary>
/// One duplex session stream: client messages up, server messages down. The session client uses one connection
/// at a time, with one writer and one reader; a transport (gRPC over HTTP/2, or an in-memory pair in tests) adapts
/// its call to this shape.
/// </summary>
internal interface ISessionConnection : IAsyncDisposable
{
    /// <summary>Writes one message; throws when the stream is broken.</summary>
    ValueTask SendAsync(ClientMessage message, CancellationToken cancellationToken);

    /// <summary>The next server message, or null when the server ended the stream; throws when it broke.</summary>
    ValueTask<ServerMessage?> ReceiveAsync(CancellationToken cancellationToken);
}
