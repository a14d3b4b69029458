using Akka.Actor;
using Grpc.Core;
using Status = Grpc.Core.Status;
using FletActors.Cluster.Metrics;
using FletActors.Sessions;

namespace FletActors.Cluster.Remoting;

/// <summary>
/// The edge half of a stream whose session lives on another node: writes what the session sends to the local
/// stream. The session watches this actor, so when the stream ends (the bridge is stopped) or cannot keep up (it
/// stops itself) the owner sees the connection end.
/// </summary>
internal sealed class ClientBridge : ReceiveActor
{
    public ClientBridge(IClientConnection connection, ClusterMetrics metrics)
    {
        Receive<BridgeSend>(send =>
        {
            metrics.OutputForwarded();
            if (!connection.TrySend(send.Message))
            {
                Context.Stop(Self);
            }
        });
        Receive<BridgeComplete>(_ =>
        {
            connection.Complete();
            Context.Stop(Self);
        });
        Receive<BridgeFail>(fail =>
        {
            connection.Fail(new RpcException(new Status((StatusCode)fail.StatusCode, fail.Message)));
            Context.Stop(Self);
        });
    }

    public static Props Props(IClientConnection connection, ClusterMetrics metrics) =>
        Akka.Actor.Props.Create(() => new ClientBridge(connection, metrics));
}
