using FletActors.Protocol.V1;

namespace FletActors.LoadGenerator;

/// <summary>One connection of a session: the downward stream and a way to send inputs and acks upward.</summary>
internal interface ISessionLink : IAsyncDisposable
{
    /// <summary>The next server message; null when the server ended the stream.</summary>
    ValueTask<ServerMessage?> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Sends <paramref name="messages"/> in order for the session <paramref name="sessionId"/>.</summary>
    Task SendAsync(IReadOnlyList<ClientMessage> messages, string sessionId, string resumeToken, CancellationToken cancellationToken);
}
