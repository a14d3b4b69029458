using System.Threading.Channels;
using FletActors.Protocol.V1;
using Grpc.Core;

namespace FletActors.Client.Tests.Support;

/// <summary>
/// A real duplex stream in memory: the client half is the <see cref="ISessionConnection"/> the session client
/// uses, the server half (<see cref="ServerEnd"/>) is driven by a test script.
/// </summary>
internal sealed class InMemoryConnection : ISessionConnection
{
    private readonly Channel<ClientMessage> up = Channel.CreateUnbounded<ClientMessage>();
    private readonly Channel<ServerMessage> down = Channel.CreateUnbounded<ServerMessage>();

    public InMemoryConnection() => Server = new ServerEnd(this);

    public ServerEnd Server { get; }

    public ValueTask SendAsync(ClientMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return up.Writer.TryWrite(message.Clone())
            ? ValueTask.CompletedTask
            : ValueTask.FromException(new IOException("The stream is closed."));
    }

    public async ValueTask<ServerMessage?> ReceiveAsync(CancellationToken cancellationToken)
    {
        // Completion with an error surfaces as that error (a broken stream); plain completion is the end of stream.
        return await down.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false) && down.Reader.TryRead(out var message)
            ? message
            : null;
    }

    public ValueTask DisposeAsync()
    {
        up.Writer.TryComplete();
        down.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }

    /// <summary>The server's half of the stream.</summary>
    internal sealed class ServerEnd(InMemoryConnection connection)
    {
        public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

        public void Send(ServerMessage message)
        {
            if (!connection.down.Writer.TryWrite(message.Clone()))
            {
                throw new InvalidOperationException("The client already closed this stream.");
            }
        }

        public void Send(PatchBatch batch) => Send(new ServerMessage { Patch = batch });

        /// <summary>The next client message; fails the test if none arrives in time or the stream ended.</summary>
        public async Task<ClientMessage> NextAsync()
        {
            using var deadline = new CancellationTokenSource(Deadline);
            try
            {
                return await connection.up.Reader.ReadAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"No client message within {Deadline}.");
            }
        }

        /// <summary>The next client message that is not an acknowledgement.</summary>
        public async Task<ClientMessage> NextSkippingAcksAsync()
        {
            while (true)
            {
                var message = await NextAsync().ConfigureAwait(false);
                if (message.KindCase != ClientMessage.KindOneofCase.Ack)
                {
                    return message;
                }
            }
        }

        /// <summary>The next acknowledgement, skipping nothing: anything else first fails the test.</summary>
        public async Task<Ack> NextAckAsync()
        {
            var message = await NextAsync().ConfigureAwait(false);
            Assert.Equal(ClientMessage.KindOneofCase.Ack, message.KindCase);
            return message.Ack;
        }

        /// <summary>Ends the stream normally, as a server closing the call would.</summary>
        public void EndStream() => connection.down.Writer.TryComplete();

        /// <summary>Ends the call with a gRPC status, as grpc-dotnet reports a server's error to the client.</summary>
        public void Fail(StatusCode code, string detail)
        {
            connection.down.Writer.TryComplete(new RpcException(new Status(code, detail)));
            connection.up.Writer.TryComplete();
        }

        /// <summary>Breaks the stream, as a lost network would.</summary>
        public void Break()
        {
            connection.down.Writer.TryComplete(new IOException("The connection was lost."));
            connection.up.Writer.TryComplete();
        }
    }
}
