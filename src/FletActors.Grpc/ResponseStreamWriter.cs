using System.Threading.Channels;
using FletActors.Grpc.Calls;
using FletActors.Protocol;
using Google.Protobuf;
using Microsoft.Extensions.Logging;

namespace FletActors.Grpc;

/// <summary>
/// The one writer of a call's response stream. Messages are serialized by the caller and queued in a bounded
/// channel (<see cref="GrpcServerOptions.ResponseWriterCapacity"/>); a single pump writes them to the network, so
/// <see cref="WriteAsync"/> waits only when the queue is full. Await each write before starting the next.
/// </summary>
/// <typeparam name="T">The response message type.</typeparam>
public sealed class ResponseStreamWriter<T>
    where T : class, IMessage<T>
{
    private readonly GrpcCall call;
    private readonly Channel<byte[]> queue;
    private int writing;

    internal ResponseStreamWriter(GrpcCall call)
    {
        this.call = call;
        queue = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(call.Options.ResponseWriterCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        call.AttachWriterPump(PumpAsync());
    }

    /// <summary>Queues <paramref name="message"/> for sending.</summary>
    /// <exception cref="InvalidOperationException">A previous write has not completed, or the call is over.</exception>
    /// <exception cref="RpcException">RESOURCE_EXHAUSTED when the message exceeds the send limit.</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public async ValueTask WriteAsync(T message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Interlocked.Exchange(ref writing, 1) == 1)
        {
            throw new InvalidOperationException(
                "A write is already in progress: this stream has one writer; await each WriteAsync before the next.");
        }

        try
        {
            call.CancellationToken.ThrowIfCancellationRequested();
            var frame = call.EncodeResponse(message);
            using var linked = cancellationToken.CanBeCanceled
                ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, call.CancellationToken)
                : null;
            await queue.Writer.WriteAsync(frame, linked?.Token ?? call.CancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException ex)
        {
            call.CancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException("The call is complete; no more responses can be written.", ex);
        }
        finally
        {
            Volatile.Write(ref writing, 0);
        }
    }

    /// <summary>
    /// Queues <paramref name="message"/> without waiting, for a producer that must never block (an actor's turn).
    /// Like <see cref="WriteAsync"/>, one write at a time.
    /// </summary>
    /// <returns>False when the queue is full or the call is over; the message was not queued.</returns>
    /// <exception cref="InvalidOperationException">Another write is in progress.</exception>
    /// <exception cref="RpcException">RESOURCE_EXHAUSTED when the message exceeds the send limit.</exception>
    public bool TryWrite(T message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Interlocked.Exchange(ref writing, 1) == 1)
        {
            throw new InvalidOperationException(
                "A write is already in progress: this stream has one writer; do not write from two threads at once.");
        }

        try
        {
            return !call.CancellationToken.IsCancellationRequested && queue.Writer.TryWrite(call.EncodeResponse(message));
        }
        finally
        {
            Volatile.Write(ref writing, 0);
        }
    }

    /// <summary>Stops accepting messages; the pump sends what is queued and then ends.</summary>
    internal void Complete() => queue.Writer.TryComplete();

    private async Task PumpAsync()
    {
        var reader = queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(call.CancellationToken).ConfigureAwait(false))
            {
                // Write everything already queued, then flush once: fewer DATA frames under load.
                while (reader.TryRead(out var frame))
                {
                    await call.WriteFrameAsync(frame, flush: false).ConfigureAwait(false);
                }

                await call.FlushAsync().ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
        {
            GrpcServerLog.ResponseWriteStopped(call.Logger, call.Http.Request.Path, ex.Message);
            queue.Writer.TryComplete(ex);
        }
    }
}
