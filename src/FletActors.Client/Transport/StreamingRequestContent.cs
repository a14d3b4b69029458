using System.Net;
using System.Threading.Channels;

namespace FletActors.Client.Transport;

/// <summary>
/// A request body fed frame by frame while the call runs; ends (END_STREAM) when the queue is completed. The one
/// writer of the request stream.
/// </summary>
internal sealed class StreamingRequestContent : HttpContent
{
    public StreamingRequestContent(int capacity)
    {
        Frames = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Protocol.GrpcProtocol.ContentType);
    }

    public Channel<byte[]> Frames { get; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context,
        CancellationToken cancellationToken)
    {
        var reader = Frames.Reader;
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var frame))
            {
                await stream.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
            }

            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
