using FletActors.Grpc;
using FletActors.Protocol;
using FletActors.Protocol.V1;
using FletActors.Sessions;

namespace FletActors.Server.Transport;

/// <summary>
/// A session's view of one response stream. <see cref="TrySend"/> never blocks the session actor: it hands the
/// message straight to the stream's single writer, whose bounded queue a pump drains to the network. What the
/// session sends before the call attaches the writer (SessionStarted and the first batch) waits in a small list. A
/// client too slow to drain the queue is dropped (the queue is sized above the session's unacknowledged-batch
/// window, so only a stalled client hits it) and resumes later with what it missed.
/// </summary>
internal sealed class StreamConnection(int capacity) : IClientConnection
{
    private static long nextId;

    private readonly Lock gate = new();
    private readonly TaskCompletionSource ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private List<ServerMessage>? early = [];
    private ResponseStreamWriter<ServerMessage>? writer;
    private RpcException? failure;
    private bool isEnded;

    public string Id { get; } = $"c{Interlocked.Increment(ref nextId)}";

    public bool TrySend(ServerMessage message)
    {
        bool written;
        lock (gate)
        {
            if (isEnded)
            {
                // Already completed or failed: the message is not for this connection, and that is no stall.
                return false;
            }

            if (writer is null)
            {
                written = early!.Count < capacity;
                if (written)
                {
                    early.Add(message);
                }
            }
            else
            {
                written = writer.TryWrite(message);
            }
        }

        if (!written)
        {
            Fail(new RpcException(StatusCode.ResourceExhausted,
                "The client did not read its stream fast enough; reconnect and resume the session."));
        }

        return written;
    }

    public void Complete()
    {
        lock (gate)
        {
            isEnded = true;
        }

        ended.TrySetResult();
    }

    public void Fail(RpcException error)
    {
        lock (gate)
        {
            failure ??= error;
            isEnded = true;
        }

        ended.TrySetResult();
    }

    /// <summary>
    /// Attaches the call's writer, then waits until the session completes or fails the connection, or the call is
    /// cancelled; ends with the failure's status when there is one, so the call does.
    /// </summary>
    public async Task PumpAsync(ResponseStreamWriter<ServerMessage> responses, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var message in early!)
            {
                if (!responses.TryWrite(message))
                {
                    failure ??= new RpcException(StatusCode.ResourceExhausted,
                        "The session sent more before the stream started than the stream can hold.");
                    isEnded = true;
                    break;
                }
            }

            early = null;
            writer = responses;
            if (isEnded)
            {
                ended.TrySetResult();
            }
        }

        try
        {
            await ended.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (gate)
            {
                isEnded = true;
            }
        }

        if (failure is { } error)
        {
            throw error;
        }
    }
}
