using System.Net;
using System.Net.Http.Headers;
using FletActors.Protocol;
using Google.Protobuf;

namespace FletActors.Grpc.Tests.Infrastructure;

/// <summary>Hand-made gRPC requests over plain HttpClient, for bodies no well-behaved client would send.</summary>
public static class RawGrpc
{
    public static byte[] Frame(byte flags, ReadOnlySpan<byte> payload)
    {
        var writer = new System.Buffers.ArrayBufferWriter<byte>();
        GrpcFrameCodec.WriteFrame(writer, flags, payload);
        return writer.WrittenSpan.ToArray();
    }

    public static byte[] Frame(IMessage message) => GrpcFrameCodec.EncodeMessage(message);

    public static HttpRequestMessage Request(Uri server, string path, byte[] body, string contentType = "application/grpc",
        Version? version = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, path))
        {
            Version = version ?? HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        return request;
    }

    /// <summary>Sends the request, reads the whole body, and returns the status from headers or trailers.</summary>
    public static async Task<(HttpResponseMessage Response, byte[] Body, Status? Status)> SendAsync(
        HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        var status = StatusFrom(response.Headers) ?? StatusFrom(response.TrailingHeaders);
        return (response, body, status);
    }

    private static Status? StatusFrom(HttpHeaders headers) =>
        headers.TryGetValues(GrpcProtocol.StatusHeader, out var codes)
            ? new Status((StatusCode)int.Parse(codes.First(), System.Globalization.CultureInfo.InvariantCulture),
                headers.TryGetValues(GrpcProtocol.MessageHeader, out var messages)
                    ? GrpcStatusMessage.Decode(messages.First())
                    : string.Empty)
            : null;
}
