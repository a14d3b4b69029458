using FletActors.Client;
using FletActors.Protocol.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// A session connector for the .NET <see cref="SessionClient"/> on Grpc.Net.Client's generated client, with a tap:
/// every server message the client receives is recorded with the number of the connection it came on, so a test
/// can count the batches across reconnects.
/// </summary>
internal sealed class RecordingConnector(GrpcChannel channel) : ISessionConnector
{
    private readonly SessionService.SessionServiceClient sessions = new(channel);
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

    public ValueTask<ISessionConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var number = Interlocked.Increment(ref connections);
        // The token bounds connecting only; the call lives until the client disposes the connection.
        return ValueTask.FromResult<ISessionConnection>(new Tap(sessions.Connect(cancellationToken: CancellationToken.None), number, this));
    }

    private void Record(int connection, ServerMessage message)
    {
        lock (gate)
        {
            received.Add((connection, message));
        }
    }

    private sealed class Tap(AsyncDuplexStreamingCall<ClientMessage, ServerMessage> call, int number, RecordingConnector owner)
        : ISessionConnection
    {
        public async ValueTask SendAsync(ClientMessage message, CancellationToken cancellationToken)
        {
            try
            {
                await call.RequestStream.WriteAsync(message, cancellationToken);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
            {
                // The session client stops its loops by cancelling and expects OperationCanceledException then.
                throw new OperationCanceledException(e.Message, e, cancellationToken);
            }
        }

        public async ValueTask<ServerMessage?> ReceiveAsync(CancellationToken cancellationToken)
        {
            try
            {
                if (!await call.ResponseStream.MoveNext(cancellationToken))
                {
                    return null;
                }
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(e.Message, e, cancellationToken);
            }

            owner.Record(number, call.ResponseStream.Current);
            return call.ResponseStream.Current;
        }

        public ValueTask DisposeAsync()
        {
            // Disposing cancels the call if it is still running; the session then sees the client go.
            call.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
