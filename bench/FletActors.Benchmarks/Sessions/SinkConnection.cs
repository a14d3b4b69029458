using FletActors.Protocol.V1;
using FletActors.Sessions;
using Grpc.Core;

namespace FletActors.Benchmarks.Sessions;

/// <summary>A client connection that drops what it is sent, remembering only the last batch seq (to acknowledge it).</summary>
internal sealed class SinkConnection : IClientConnection
{
    private long lastSeq;

    public string Id => "sink";

    public ulong LastSeq => (ulong)Interlocked.Read(ref lastSeq);

    public bool TrySend(ServerMessage message)
    {
        if (message.KindCase == ServerMessage.KindOneofCase.Patch)
        {
            Interlocked.Exchange(ref lastSeq, (long)message.Patch.Seq);
        }

        return true;
    }

    public void Complete()
    {
    }

    public void Fail(RpcException error)
    {
    }
}
