using FletActors.Protocol.V1;

namespace FletActors.Sessions;

/// <summary>
/// Sessions this node does not hold: in a cluster they live on the node that owns their shard, and calls for them
/// are forwarded there. Their resume tokens are checkable here without asking anyone; whose session it is, only the
/// owner knows, so every forwarded call carries the caller's <see cref="SessionIdentity.Key"/> for the owner to check.
/// </summary>
internal interface ISessionsElsewhere
{
    /// <summary>Whether <paramref name="sessionId"/> is a well-formed session id of this cluster at all.</summary>
    bool IsSessionId(string sessionId);

    /// <summary>Whether <paramref name="resumeToken"/> was issued for <paramref name="sessionId"/> under the cluster secret.</summary>
    bool IsValidToken(string sessionId, string? resumeToken);

    /// <summary>
    /// Resumes the session on its owner for the caller whose key is <paramref name="identityKey"/> (empty when
    /// anonymous); its output comes to <paramref name="connection"/> through a bridge on this node.
    /// </summary>
    /// <exception cref="Grpc.Core.RpcException">
    /// NotFound when the session is gone; Unauthenticated or PermissionDenied when it belongs to another user; the
    /// owner's refusal otherwise.
    /// </exception>
    Task<SessionStarted> ResumeAsync(Resume resume, IClientConnection connection, string identityKey, CancellationToken cancellationToken);

    /// <summary>
    /// Delivers <paramref name="message"/> of the caller whose key is <paramref name="identityKey"/> to the session on
    /// its owner, which checks the user, then numbers and rate-limits the message.
    /// </summary>
    /// <exception cref="Grpc.Core.RpcException">
    /// NotFound when the session is gone; Unauthenticated or PermissionDenied when it belongs to another user; the
    /// owner's refusal otherwise.
    /// </exception>
    Task<DeliveryOutcome> DeliverAsync(string sessionId, ClientMessage message, string identityKey, CancellationToken cancellationToken);

    /// <summary>The stream of <paramref name="connection"/> ended: its bridge stops, and the owner's session sees it.</summary>
    void Detach(IClientConnection connection);
}
