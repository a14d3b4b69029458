using Grpc.Core;
using FletActors.Protocol.V1;
using FletActors.Sessions;

namespace FletActors.Benchmarks.Sessions;

/// <summary>A client connection that drops what it is sent and acknowledges each patch batch through the manager.</summary>
internal sealed class AckingConnection(SessionManager manager) : IClientConnection
{
    private string? sessionId;
    private long pendingSeq;

    public string Id => "acking";

    public bool TrySend(ServerMessage message)
    {
        if (message.KindCase != ServerMessage.KindOneofCase.Patch)
        {
            return true;
        }

        if (Volatile.Read(ref sessionId) is { } id)
        {
            manager.Deliver(id, new ClientMessage { Ack = new Ack { Epoch = message.Patch.Epoch, Seq = message.Patch.Seq } });
        }
        else
        {
            // The first batch leaves before StartAsync returns the id; it is acknowledged on Attach.
            Interlocked.Exchange(ref pendingSeq, (long)message.Patch.Seq);
        }

        return true;
    }

    public void Attach(string id)
    {
        Volatile.Write(ref sessionId, id);
        var seq = (ulong)Interlocked.Exchange(ref pendingSeq, 0);
        if (seq != 0)
        {
            manager.Deliver(id, new ClientMessage { Ack = new Ack { Epoch = 1, Seq = seq } });
        }
    }

    public void Complete()
    {
    }

    public void Fail(RpcException error)
    {
    }
}
