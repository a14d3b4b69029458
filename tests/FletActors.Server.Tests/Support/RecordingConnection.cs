using FletActors.Protocol.V1;
using FletActors.Sessions;
using Grpc.Core;

namespace FletActors.Server.Tests.Support;

/// <summary>A client connection that only records what the session sends, for tests that drive the facade by hand.</summary>
internal sealed class RecordingConnection : IClientConnection
{
    private static long nextId;
    private readonly Lock gate = new();
    private readonly List<ServerMessage> messages = [];

    public string Id { get; } = "rec" + Interlocked.Increment(ref nextId);

    public CountSignal Count { get; } = new();

    public bool Completed { get; private set; }

    public RpcException? Failure { get; private set; }

    /// <summary>When false the connection refuses messages, as a stalled or ended stream does.</summary>
    public bool Accepting { get; set; } = true;

    public IReadOnlyList<ServerMessage> Messages
    {
        get
        {
            lock (gate)
            {
                return [.. messages];
            }
        }
    }

    public IReadOnlyList<PatchBatch> Batches => Messages.Where(m => m.KindCase == ServerMessage.KindOneofCase.Patch).Select(m => m.Patch).ToList();

    public bool TrySend(ServerMessage message)
    {
        lock (gate)
        {
            if (!Accepting || Completed)
            {
                return false;
            }

            messages.Add(message);
        }

        Count.Increment();
        return true;
    }

    public void Complete() => Completed = true;

    public void Fail(RpcException error)
    {
        Failure = error;
        Completed = true;
    }
}
