using System.Threading.Channels;
using FletActors.Cluster.Hosting;
using FletActors.Protocol.V1;
using FletActors.Sessions;
using Grpc.Core;

namespace FletActors.Server.Transport;

/// <summary>
/// A session's view of one response stream. <see cref="TrySend"/> never blocks the session actor: it queues the
/// message in a bounded channel that one pump (<see cref="PumpAsync"/>, the call's only writer) drains to the
/// network. What the session sends before the call starts pumping (SessionStarted and the first batch) simply waits
/// in the queue. A client too slow to drain the queue is dropped (the queue is sized above the session's
/// unacknowledged-batch window, so only a stalled client hits it) and resumes later with what it missed.
/// </summary>
/// <remarks>
/// The pump is the one place where every message for a client on this node leaves the process (a local session's
/// and, through <c>ClientBridge</c>, a remote one's), so the node's <see cref="ServingGate"/> is checked here, right
/// before each write: not in the session, whose turn may run before the node learns it was paused or downed, and not
/// per session, which would leave a gap between deciding and writing. A closed gate ends the stream with UNAVAILABLE,
/// which clients reconnect on; a lapsed lease holds the write until the gate is renewed or closed.
/// </remarks>
internal sealed class StreamConnection : IClientConnection
{
    private static readonly WriteOptions BufferedWrite = new(WriteFlags.BufferHint);
    private static readonly WriteOptions UncompressedWrite = new(WriteFlags.NoCompress);
    private static readonly WriteOptions BufferedUncompressedWrite = new(WriteFlags.BufferHint | WriteFlags.NoCompress);
    private static long nextId;

    private readonly Channel<ServerMessage> queue;
    private readonly Lock gate = new();
    private readonly int compressionMinBytes;
    private readonly ServingGate servingGate;
    private RpcException? failure;
    private CancellationTokenSource? pumping;
    private Action? resetStalledStream;
    private bool writing;
    private bool stopping;
    private int ended;

    /// <param name="capacity">How many messages may wait for the network before the client counts as stalled.</param>
    /// <param name="compressionMinBytes">
    /// Messages smaller than this go uncompressed even when the call compresses; 0 when responses are never compressed.
    /// </param>
    /// <param name="servingGate">Whether this node may write to clients; checked before every write.</param>
    public StreamConnection(int capacity, int compressionMinBytes, ServingGate servingGate)
    {
        ArgumentNullException.ThrowIfNull(servingGate);
        this.servingGate = servingGate;
        queue = Channel.CreateBounded<ServerMessage>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
        this.compressionMinBytes = compressionMinBytes;
    }

    public string Id { get; } = $"c{Interlocked.Increment(ref nextId)}";

    /// <summary>True once the session completed or failed the connection, or the call stopped its pump.</summary>
    public bool IsEnded => Volatile.Read(ref ended) == 1;

    public bool TrySend(ServerMessage message)
    {
        if (queue.Writer.TryWrite(message))
        {
            return true;
        }

        if (Volatile.Read(ref ended) == 0)
        {
            // Full, not ended: the client stopped reading.
            Fail(new RpcException(new Status(StatusCode.ResourceExhausted,
                "The client did not read its stream fast enough; reconnect and resume the session.")));
        }

        return false;
    }

    public void Complete()
    {
        Volatile.Write(ref ended, 1);
        queue.Writer.TryComplete();
    }

    public void Fail(RpcException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Volatile.Write(ref ended, 1);
        queue.Writer.TryComplete();
        Action? reset = null;
        lock (gate)
        {
            failure ??= error;
            if (writing)
            {
                // The pump waits on a write the client's flow control holds up: no status can follow that write.
                reset = resetStalledStream;
            }
            else
            {
                pumping?.Cancel();
            }
        }

        reset?.Invoke();
    }

    /// <summary>
    /// Ends the pump without cutting a write in flight: cancelling that write resets the stream, and the status the
    /// call is about to end with never reaches the client. What is still queued is not sent (the session keeps its
    /// unacknowledged batches for a resume). Returns true when no write was in flight; otherwise the pump ends once
    /// that write completes.
    /// </summary>
    public bool StopAfterWriteInFlight()
    {
        Volatile.Write(ref ended, 1);
        queue.Writer.TryComplete();
        lock (gate)
        {
            stopping = true;
            if (writing)
            {
                return false;
            }

            pumping?.Cancel();
            return true;
        }
    }

    /// <summary>
    /// Writes the queued messages to <paramref name="responses"/> until the session completes the connection (then
    /// returns once the queue is drained), fails it (then throws its <see cref="RpcException"/>, so the call ends
    /// with that status), or the call is cancelled. A failure that interrupts a write the client's flow control
    /// holds up calls <paramref name="resetStalledStream"/> first: no status can follow that write.
    /// </summary>
    public async Task PumpAsync(IServerStreamWriter<ServerMessage> responses, Action resetStalledStream,
        CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lock (gate)
        {
            pumping = stop;
            this.resetStalledStream = resetStalledStream;
            if (failure is not null)
            {
                stop.Cancel();
            }
        }

        using var gateClosed = servingGate.ClosedToken.Register(() => Fail(NotServing()));
        var reader = queue.Reader;
        try
        {
            while (!HasEnded && await reader.WaitToReadAsync(stop.Token).ConfigureAwait(false))
            {
                while (!HasEnded && reader.TryRead(out var message))
                {
                    // Flush once per drained run of messages: fewer DATA frames when batches come in bursts.
                    var more = reader.Count > 0;
                    var small = compressionMinBytes > 0 && message.CalculateSize() < compressionMinBytes;
                    responses.WriteOptions = (more, small) switch
                    {
                        (false, false) => null,
                        (true, false) => BufferedWrite,
                        (false, true) => UncompressedWrite,
                        (true, true) => BufferedUncompressedWrite,
                    };
                    if (!servingGate.MayServe && !await servingGate.WaitUntilServingAsync(stop.Token).ConfigureAwait(false))
                    {
                        Fail(NotServing());
                        break;
                    }

                    await WriteAsync(responses, message, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException && HasEnded)
        {
            // The session failed the connection while the pump waited, or reset the stream under a held-up write
            // (its status ends the call below), or the call stopped the pump.
        }
        finally
        {
            Volatile.Write(ref ended, 1);
            queue.Writer.TryComplete();
            lock (gate)
            {
                pumping = null;
                this.resetStalledStream = null;
            }
        }

        RpcException? error;
        lock (gate)
        {
            error = failure;
        }

        if (error is not null)
        {
            throw error;
        }
    }

    private RpcException NotServing() => new(new Status(StatusCode.Unavailable,
        $"This node may not serve clients now ({servingGate.Reason}); reconnect through another node."));

    private bool HasEnded
    {
        get
        {
            lock (gate)
            {
                return failure is not null || stopping;
            }
        }
    }

    private async Task WriteAsync(IServerStreamWriter<ServerMessage> responses, ServerMessage message, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            writing = true;
        }

        try
        {
            await responses.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (gate)
            {
                writing = false;
            }
        }
    }
}
