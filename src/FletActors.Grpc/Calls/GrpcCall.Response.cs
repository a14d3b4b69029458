using System.Buffers;
using FletActors.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace FletActors.Grpc.Calls;

internal sealed partial class GrpcCall
{
    private static readonly KeyValuePair<string, string>[] NoMetadata = [];

    /// <summary>Sends the response headers unless they already left.</summary>
    public async Task StartResponseAsync()
    {
        if (responseStarted)
        {
            return;
        }

        ObjectDisposedException.ThrowIf(completed, this);
        responseStarted = true;
        var response = Http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ResponseContentType;
        AppendEncodingHeaders(response, ResponseCompression);
        foreach (var (name, value) in ResponseHeaders)
        {
            response.Headers.Append(name, value);
        }

        await response.StartAsync(CancellationToken).ConfigureAwait(false);
    }

    /// <summary>Serializes one response as a frame, compressed when the call negotiated it and the handler allows.</summary>
    /// <exception cref="RpcException">RESOURCE_EXHAUSTED when the message exceeds the send limit.</exception>
    public byte[] EncodeResponse(Google.Protobuf.IMessage message) =>
        GrpcFrameCodec.EncodeMessage(message, Options.MaxSendMessageSize, CompressResponses ? ResponseCompression : null);

    /// <summary>
    /// Adds <c>grpc-accept-encoding</c>, which every response advertises, and <c>grpc-encoding</c> when the
    /// response's messages may be compressed.
    /// </summary>
    public static void AppendEncodingHeaders(HttpResponse response, MessageCompression? compression)
    {
        response.Headers[GrpcProtocol.AcceptEncodingHeader] = GrpcCompression.AcceptEncoding;
        if (compression is not null)
        {
            response.Headers[GrpcProtocol.EncodingHeader] = compression.Compressor.EncodingName;
        }
    }

    /// <summary>Writes one encoded frame; flushes when asked (the writer pump batches several before a flush).</summary>
    public async ValueTask WriteFrameAsync(byte[] frame, bool flush)
    {
        if (!responseStarted)
        {
            await StartResponseAsync().ConfigureAwait(false);
        }

        var body = Http.Response.BodyWriter;
        body.Write((Mode == GrpcWireMode.WebText ? GrpcWebTextDecoder.Encode(frame) : frame).AsSpan());
        if (flush)
        {
            await body.FlushAsync(CancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask FlushAsync() =>
        await Http.Response.BodyWriter.FlushAsync(CancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Ends the call with <paramref name="status"/>: as Trailers-Only when nothing was sent yet, else as trailers
    /// (HTTP/2 trailers natively, the final 0x80 frame on gRPC-Web). Waits for the writer pump first, so the status
    /// is always the last thing written.
    /// </summary>
    public async Task CompleteAsync(Status status)
    {
        if (writerPump is { } pump)
        {
            await pump.ConfigureAwait(false);
        }

        if (completed)
        {
            return;
        }

        completed = true;
        var response = Http.Response;
        if (ClientCancelled || response.HasStarted && !responseStarted)
        {
            // Nobody is listening on a reset stream; writing would only throw.
            return;
        }

        var trailers = StatusTrailers(status);
        if (!responseStarted)
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = ResponseContentType;
            AppendEncodingHeaders(response, compression: null);
            foreach (var (name, value) in ResponseHeaders.Concat(trailers))
            {
                response.Headers.Append(name, value);
            }

            return;
        }

        if (Mode == GrpcWireMode.Native)
        {
            foreach (var (name, value) in trailers)
            {
                response.AppendTrailer(name, value);
            }

            return;
        }

        await WriteFrameAsync(GrpcWebTrailers.EncodeFrame(trailers), flush: true).ConfigureAwait(false);
    }

    /// <summary>Tells an HTTP/2 peer the stream is over at once (RST_STREAM CANCEL), as the spec asks on deadline.</summary>
    public void ResetStream()
    {
        if (Http.Features.Get<IHttpResetFeature>() is { } reset)
        {
            reset.Reset(GrpcProtocol.Http2CancelErrorCode);
        }
    }

    private string ResponseContentType => Mode switch
    {
        GrpcWireMode.Web => "application/grpc-web+proto",
        GrpcWireMode.WebText => "application/grpc-web-text+proto",
        _ => GrpcProtocol.ContentType,
    };

    private List<KeyValuePair<string, string>> StatusTrailers(Status status)
    {
        var trailers = new List<KeyValuePair<string, string>>(2 + ResponseTrailers.Count)
        {
            new(GrpcProtocol.StatusHeader, ((int)status.Code).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (status.Detail.Length > 0)
        {
            trailers.Add(new(GrpcProtocol.MessageHeader, GrpcStatusMessage.Encode(status.Detail)));
        }

        trailers.AddRange(ResponseTrailers.Count == 0 ? NoMetadata : ResponseTrailers);
        return trailers;
    }
}
