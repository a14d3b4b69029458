using FletActors.Protocol.V1;

namespace FletActors.Sessions;

/// <summary>
/// The owner's way in for calls that reach a session through another node: checked against the session's user and
/// numbered and rate-limited here, exactly as those of the owner's own streams are (<see cref="SessionManager.Deliver"/>).
/// The other node has checked the resume token; only the owner knows whose session it is.
/// </summary>
internal interface ISessionInbox
{
    /// <summary>
    /// Refuses a call for the local session <paramref name="sessionId"/> unless it comes from the user whose
    /// <see cref="SessionIdentity.Key"/> is <paramref name="identityKey"/>.
    /// </summary>
    /// <exception cref="Grpc.Core.RpcException">
    /// NotFound for an unknown or closed session; Unauthenticated when the session has a user and the caller is
    /// anonymous; PermissionDenied when the caller is another user.
    /// </exception>
    void RequireSameUser(string sessionId, string identityKey);

    /// <summary>
    /// Delivers <paramref name="message"/> to the local session <paramref name="sessionId"/> once
    /// <see cref="RequireSameUser"/> admits the caller; throws RpcException as that and
    /// <see cref="SessionManager.Deliver"/> do; a refused message takes no input number.
    /// </summary>
    DeliveryOutcome Deliver(string sessionId, ClientMessage message, string identityKey);
}
