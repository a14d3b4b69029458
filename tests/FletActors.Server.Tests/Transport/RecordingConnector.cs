using FletActors.Client;
using FletActors.Protocol.V1;
using Grpc.Net.Client;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// The .NET client's own gRPC connector with a tap: every server message the <see cref="SessionClient"/> receives is
/// recorded with the number of the connection it came on, so a test can count the batches across reconnects.
/// </summary>
internal sealed class RecordingConnector(GrpcChannel channel) : ISessionConnector
{
    private readonly GrpcSessionConnector inner = new(channel.CreateCallInvoker());
    private readonly Lock gate = new();
    private readonly List<(int Connection, ServerMessage Message)> received = [];
    private int connections;

    public int Connections => Volatile.Read(ref connections);

    /// <summary>The patch batches received, with their connection number, in order.</summary>
    public IReadOnlyList<(int Connection, PatchBatch Batch)> Batches
    {
        get
        {
            lock (gate)
            {
                return received.Where(r => r.Message.Patch is not null).Select(r => (r.Connection, r.Message.Patch)).ToList();
            }
        }
    }

    /// <summary>The SessionStarted messages received, in order.</summary>
    public IReadOnlyList<SessionStarted> Starts
    {
        get
        {
            lock (gate)
            {
                return received.Where(r => r.Message.Started is not null).Select(r => r.Message.Started).ToList();
            }
        }
    }

    public static SessionClient CreateClient(RecordingConnector connector, SessionClientOptions options) =>
        new(options, connector);

    public async ValueTask<ISessionConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref connections);
        return new Tap(await inner.ConnectAsync(cancellationToken), number, this);
    }

    private void Record(int connection, ServerMessage message)
    {
        lock (gate)
        {
            received.Add((connection, message));
        }
    }

    private sealed class Tap(ISessionConnection inner, int number, RecordingConnector owner) : ISessionConnection
    {
        public ValueTask SendAsync(ClientMessage message, CancellationToken cancellationToken) =>
            inner.SendAsync(message, cancellationToken);

        public async ValueTask<ServerMessage?> ReceiveAsync(CancellationToken cancellationToken)
        {
            var message = await inner.ReceiveAsync(cancellationToken);
            if (message is not null)
            {
                owner.Record(number, message);
            }

            return message;
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
