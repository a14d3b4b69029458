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

    /// <summary>A frame with the compressed flag whose payload is <paramref name="message"/> compressed by the BCL's
    /// own gzip or zlib stream (not our codec), as an independent peer would send it.</summary>
    public static byte[] CompressedFrame(IMessage message, string encoding) =>
        Frame(GrpcFrame.CompressedFlag, Compress(message.ToByteArray(), encoding));

    public static byte[] Compress(byte[] data, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding == "gzip"
            ? new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Optimal)
            : new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.Optimal))
        {
            compressor.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Decompress(ReadOnlySpan<byte> data, string encoding)
    {
        using var input = new MemoryStream(data.ToArray());
        using Stream decompressor = encoding == "gzip"
            ? new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.ZLibStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        decompressor.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Splits a binary response body into its frames; fails when bytes are left over.</summary>
    public static List<GrpcFrame> Frames(byte[] body)
    {
        var frames = new List<GrpcFrame>();
        var buffer = new System.Buffers.ReadOnlySequence<byte>(body);
        while (GrpcFrameCodec.TryReadFrame(ref buffer, int.MaxValue, out var flags, out var payload))
        {
            frames.Add(new GrpcFrame(flags, System.Buffers.BuffersExtensions.ToArray(payload)));
        }

        if (buffer.Length != 0)
        {
            throw new InvalidDataException($"{buffer.Length} byte(s) after the last whole frame.");
        }

        return frames;
    }

    /// <summary>The binary frames of a grpc-web-text body (base64 chunks, each padded on its own).</summary>
    public static byte[] DecodeText(byte[] body)
    {
        var decoder = new GrpcWebTextDecoder();
        var binary = new System.Buffers.ArrayBufferWriter<byte>();
        decoder.Decode(body, binary);
        if (decoder.HasPartialGroup)
        {
            throw new InvalidDataException("The grpc-web-text body ends inside a base64 group.");
        }

        return binary.WrittenSpan.ToArray();
    }

    /// <summary>The single value of a response header, or null.</summary>
    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(',', values) : null;

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
