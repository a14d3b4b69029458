using System.IO.Pipelines;
using System.Net;

namespace FletActors.Benchmarks.Transport;

/// <summary>A request body written through a pipe while the response is read: a raw HTTP/2 duplex stream.</summary>
internal sealed class DuplexPipeContent : HttpContent
{
    private readonly Pipe pipe = new();

    public PipeWriter Writer => pipe.Writer;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await pipe.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            foreach (var segment in result.Buffer)
            {
                await stream.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
            }

            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            pipe.Reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
