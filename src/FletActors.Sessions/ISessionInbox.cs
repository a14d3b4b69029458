using FletActors.Protocol.V1;

namespace FletActors.Sessions;

/// <summary>
/// The owner's way in for client messages that arrive from another node: numbered and rate-limited here, exactly as
/// those of the owner's own streams are (<see cref="SessionManager.Deliver"/>).
/// </summary>
internal interface ISessionInbox
{
    /// <summary>Delivers <paramref name="message"/> to the local session <paramref name="sessionId"/>; throws RpcException as <see cref="SessionManager.Deliver"/> does.</summary>
    DeliveryOutcome Deliver(string sessionId, ClientMessage message);
}
