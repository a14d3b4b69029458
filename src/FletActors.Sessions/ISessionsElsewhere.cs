using FletActors.Protocol.V1;

namespace FletActors.Sessions;

/// <summary>
/// Sessions this node does not hold: in a cluster they live on the node that owns their shard, and calls for them
/// are forwarded there. Their resume tokens are checkable here without asking anyone.
/// </summary>
internal interface ISessionsElsewhere
{
    /// <summary>Whether <paramref name="sessionId"/> is a well-formed session id of this cluster at all.</summary>
    bool IsSessionId(string sessionId);

    /// <summary>Whether <paramref name="resumeToken"/> was issued for <paramref name="sessionId"/> under the cluster secret.</summary>
    bool IsValidToken(string sessionId, string? resumeToken);

    /// <summary>Resumes the session on its owner, whose output comes to <paramref name="connection"/> through a bridge on this node.</summary>
    /// <exception cref="Grpc.Core.RpcException">NotFound when the session is gone; the owner's refusal otherwise.</exception>
    Task<SessionStarted> ResumeAsync(Resume resume, IClientConnection connection, CancellationToken cancellationToken);

    /// <summary>Delivers <paramref name="message"/> to the session on its owner, which numbers and rate-limits it.</summary>
    /// <exception cref="Grpc.Core.RpcException">NotFound when the session is gone; the owner's refusal otherwise.</exception>
    Task<DeliveryOutcome> DeliverAsync(string sessionId, ClientMessage message, CancellationToken cancellationToken);

    /// <summary>The stream of <paramref name="connection"/> ended: its bridge stops, and the owner's session sees it.</summary>
    void Detach(IClientConnection connection);
}
