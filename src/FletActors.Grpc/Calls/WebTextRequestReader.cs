using System.IO.Pipelines;
using FletActors.Protocol;

namespace FletActors.Grpc.Calls;

/// <summary>Turns a grpc-web-text (base64) request body into the binary frames the codec reads.</summary>
internal static class WebTextRequestReader
{
    public static PipeReader Start(PipeReader body, CancellationToken cancellationToken)
    {
        var pipe = new Pipe();
        _ = DecodeAsync(body, pipe.Writer, cancellationToken);
        return pipe.Reader;
    }

    private static async Task DecodeAsync(PipeReader body, PipeWriter output, CancellationToken cancellationToken)
    {
        var decoder = new GrpcWebTextDecoder();
        try
        {
            while (true)
            {
                var result = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
                foreach (var segment in result.Buffer)
                {
                    decoder.Decode(segment.Span, output);
                }

                body.AdvanceTo(result.Buffer.End);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                if (result.IsCompleted)
                {
                    break;
                }
            }

            await output.CompleteAsync(decoder.HasPartialGroup
                ? new RpcException(StatusCode.Internal, "The grpc-web-text body ends inside a base64 group.")
                : null).ConfigureAwait(false);
        }
        catch (FormatException ex)
        {
            await output.CompleteAsync(new RpcException(new Status(StatusCode.Internal, ex.Message), ex))
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            await output.CompleteAsync(ex).ConfigureAwait(false);
        }
    }
}
