using System.Buffers;
using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using FletActors.Protocol;
using Google.Protobuf;

namespace FletActors.Server.Tests.Transport;

/// <summary>Hand-made gRPC requests over plain HttpClient (HTTP/2), for bodies no well-behaved client sends.</summary>
public static class RawGrpcRequest
{
    public static byte[] Frame(IMessage message) => GrpcFrameCodec.EncodeMessage(message);

    public static byte[] Frame(byte flags, ReadOnlySpan<byte> payload)
    {
        var writer = new ArrayBufferWriter<byte>();
        GrpcFrameCodec.WriteFrame(writer, flags, payload);
        return writer.WrittenSpan.ToArray();
    }

    /// <summary>A frame prefix announcing <paramref name="length"/> bytes, with none following.</summary>
    public static byte[] Prefix(int length)
    {
        var prefix = new byte[GrpcFrameCodec.PrefixLength];
        BinaryPrimitives.WriteInt32BigEndian(prefix.AsSpan(1), length);
        return prefix;
    }

    /// <summary>POSTs <paramref name="body"/> to <paramref name="path"/> and returns the gRPC status and the messages before it.</summary>
    public static async Task<(Status Status, byte[] Body)> CallAsync(Uri server, string path, byte[] body)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(GrpcProtocol.ContentType);
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = StatusFrom(response.Headers) ?? StatusFrom(response.TrailingHeaders)
            ?? throw new InvalidOperationException("The response carries no grpc-status.");
        return (status, bytes);
    }

    private static Status? StatusFrom(HttpHeaders headers) =>
        headers.TryGetValues(GrpcProtocol.StatusHeader, out var codes)
            ? new Status((StatusCode)int.Parse(codes.First(), System.Globalization.CultureInfo.InvariantCulture),
                headers.TryGetValues(GrpcProtocol.MessageHeader, out var messages)
                    ? GrpcStatusMessage.Decode(messages.First())
                    : string.Empty)
            : null;
}
