using Akka.Actor;
using Grpc.Core;
using Status = Grpc.Core.Status;
using FletActors.Protocol.V1;
using FletActors.Cluster.Hosting;
using FletActors.Sessions;

namespace FletActors.Cluster.Remoting;

/// <summary>
/// The owner's view of a stream held by another node: what the session sends goes to that stream's
/// <see cref="ClientBridge"/>. A send always succeeds here; a stream that cannot keep up stops its bridge, which the
/// session's entity watches and reports as the connection's end.
/// </summary>
/// <remarks>
/// Here a batch leaves the owner's process for a client, so the owner's <see cref="ServingGate"/> is checked here as
/// the edge's is in its stream's pump: an owner that may not serve ends the edge's stream with UNAVAILABLE rather
/// than letting anything through, and the client reconnects elsewhere.
/// </remarks>
internal sealed class BridgedConnection(IActorRef bridge, ServingGate gate) : IClientConnection
{
    public IActorRef Bridge { get; } = bridge;

    public string Id { get; } = "b:" + bridge.Path.Address.Port + "/" + bridge.Path.Name;

    public bool TrySend(ServerMessage message)
    {
        if (!gate.MayServe)
        {
            Fail(new RpcException(new Status(StatusCode.Unavailable,
                "The node holding this session may not serve clients now (" + gate.Reason + "); reconnect.")));
            return false;
        }

        Bridge.Tell(new BridgeSend(message), ActorRefs.NoSender);
        return true;
    }

    public void Complete() => Bridge.Tell(BridgeComplete.Instance, ActorRefs.NoSender);

    public void Fail(RpcException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Bridge.Tell(new BridgeFail((int)error.StatusCode, error.Status.Detail), ActorRefs.NoSender);
    }
}
