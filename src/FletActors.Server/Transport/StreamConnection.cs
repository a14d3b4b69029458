using System.Threading.Channels;
using FletActors.Grpc;
using FletActors.Protocol;
using FletActors.Protocol.V1;
using FletActors.Server.Sessions;

namespace FletActors.Server.Transport;

/// <summary>
/// A session's view of one response stream: <see cref="TrySend"/> never blocks the session actor; a pump owned by
/// the call copies the bounded queue into the stream's single writer. A client too slow to drain the queue is
/// dropped (the queue is sized above the session's unacknowledged-batch window, so only a stalled client hits it)
/// and resumes later with what it missed.
/// </summary>
internal sealed class StreamConnection : IClientConnection
{
    private static long nextId;

    private readonly Channel<ServerMessage> queue;
    private RpcException? failure;
    private int ended;

    public StreamConnection(int capacity)
    {
        queue = Channel.CreateBounded<ServerMessage>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        Id = $"c{Interlocked.Increment(ref nextId)}";
    }

    public string Id { get; }

    public bool TrySend(ServerMessage message)
    {
        if (queue.Writer.TryWrite(message))
        {
            return true;
        }

        if (Volatile.Read(ref ended) == 1)
        {
            // Already completed or failed: the message is not for this connection, and that is no stall.
            return false;
        }

        Fail(new RpcException(StatusCode.ResourceExhausted,
            "The client did not read its stream fast enough; reconnect and resume the session."));
        return false;
    }

    public void Complete()
    {
        Volatile.Write(ref ended, 1);
        queue.Writer.TryComplete();
    }

    public void Fail(RpcException error)
    {
        Interlocked.CompareExchange(ref failure, error, null);
        Volatile.Write(ref ended, 1);
        queue.Writer.TryComplete();
    }

    /// <summary>
    /// Writes queued messages until the session completes or fails the connection; then ends the call with OK or
    /// with the failure's status.
    /// </summary>
    public async Task PumpAsync(ResponseStreamWriter<ServerMessage> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(message, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            queue.Writer.TryComplete();
        }

        if (Volatile.Read(ref failure) is { } error)
        {
            throw error;
        }
    }
}
