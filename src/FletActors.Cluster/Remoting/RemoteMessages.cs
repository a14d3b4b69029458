using Akka.Actor;
using FletActors.Protocol.V1;
using FletActors.Sessions;

namespace FletActors.Cluster.Remoting;

// What crosses nodes for a session held elsewhere; every one is bound to ClusterMessageSerializer. Edge → owner go
// inside a SessionEnvelope through the shard region; owner → edge go to the asker or to the stream's ClientBridge.

/// <summary>
/// A client resumes the session through another node; its output goes to <paramref name="Bridge"/>. The owner admits
/// only the session's user: <paramref name="IdentityKey"/> is the caller's <see cref="SessionIdentity.Key"/> (empty when
/// anonymous), as authentication on the edge node found it.
/// </summary>
internal sealed record RemoteResume(Resume Resume, IActorRef Bridge, string IdentityKey);

/// <summary>
/// A client message that reached another node (a Connect stream's input or a browser Send), from the caller whose
/// <see cref="SessionIdentity.Key"/> is <paramref name="IdentityKey"/> (empty when anonymous); the owner admits only
/// the session's user.
/// </summary>
internal sealed record RemoteInput(ClientMessage Message, string IdentityKey);

/// <summary>The owner resumed the session.</summary>
internal sealed record RemoteStarted(SessionStarted Started);

/// <summary>The owner took a client message with this outcome.</summary>
internal sealed record RemoteDelivered(DeliveryOutcome Outcome);

/// <summary>The owner refused the call with a gRPC status code and message for the client.</summary>
internal sealed record RemoteFailed(int StatusCode, string Message);

/// <summary>A server message for the client of a bridged stream.</summary>
internal sealed record BridgeSend(ServerMessage Message);

/// <summary>The session ended the bridged stream with OK.</summary>
internal sealed record BridgeComplete
{
    public static BridgeComplete Instance { get; } = new();
}

/// <summary>The session ended the bridged stream with a status.</summary>
internal sealed record BridgeFail(int StatusCode, string Message);
