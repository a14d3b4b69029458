using System.Threading.Channels;
using FletActors.Protocol;
using Google.Protobuf;

namespace FletActors.Client.Transport;

/// <summary>
/// The request side of a duplex call: the one writer of the request stream. Await each write before the next;
/// <see cref="Complete"/> ends the stream (END_STREAM).
/// </summary>
/// <typeparam name="T">The request message type.</typeparam>
public sealed class RequestStreamWriter<T>
    where T : class, IMessage<T>
{
    private readonly ChannelWriter<byte[]> frames;
    private readonly int maxMessageSize;
    private readonly MessageCompression? compression;
    private readonly Func<Exception, Exception> callOver;
    private readonly CancellationToken callToken;
    private int writing;

    internal RequestStreamWriter(ChannelWriter<byte[]> frames, int maxMessageSize, MessageCompression? compression,
        Func<Exception, Exception> callOver, CancellationToken callToken)
    {
        this.frames = frames;
        this.maxMessageSize = maxMessageSize;
        this.compression = compression;
        this.callToken = callToken;
        this.callOver = callOver;
    }

    /// <summary>Queues <paramref name="message"/> for sending; waits only when the queue is full.</summary>
    /// <exception cref="InvalidOperationException">A previous write has not completed, or the stream was completed.</exception>
    /// <exception cref="RpcException">RESOURCE_EXHAUSTED when the message is over the send limit; the call's
    /// status when the call already failed.</exception>
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
            var frame = GrpcFrameCodec.EncodeMessage(message, maxMessageSize, compression);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, callToken);
            await frames.WriteAsync(frame, linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ChannelClosedException || (ex is OperationCanceledException
            && callToken.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            throw callOver(ex);
        }
        finally
        {
            Volatile.Write(ref writing, 0);
        }
    }

    /// <summary>Ends the request stream; the server sees the end of its requests.</summary>
    public void Complete() => frames.TryComplete();
}
