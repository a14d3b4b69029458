using System.Net;
using System.Text;
using FletActors.Server.Tests.Interop.Service;
using FletActors.Server.Tests.Transport;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace FletActors.Server.Tests.Interop;

/// <summary>
/// What the compressing server puts on the wire, checked byte by byte with the BCL's own gzip/zlib streams: request
/// encodings decoded, responses compressed only when accepted and large enough, headers, and gRPC-Web alike.
/// </summary>
[Collection(CompressingInteropServerGroup.Name)]
public sealed class CompressionWireTests(CompressingInteropTestServer server)
{
    private const string Unary = "/fletactors.interop.TestService/UnaryCall";
    private const string StreamingOutput = "/fletactors.interop.TestService/StreamingOutputCall";

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    public async Task CompressedRequest_SupportedEncoding_IsDecoded(string encoding)
    {
        // Arrange
        using var http = new HttpClient();
        var request = RawGrpcRequest.Request(server.Http2Address, Unary, BclCompression.CompressedFrame(Request(responseSize: 7), encoding));
        request.Headers.TryAddWithoutValidation("grpc-encoding", encoding);

        // Act
        var (response, body, status) = await RawGrpcRequest.SendAsync(http, request);

        // Assert
        Assert.Equal(StatusCode.OK, status?.StatusCode);
        Assert.Equal(encoding, response.TrailingHeaders.GetValues("x-request-encoding").Single());
        Assert.Equal(7, SimpleResponse.Parser.ParseFrom(WireFrames.Split(body).Single().Payload).Payload.Body.Length);
    }

    [Fact]
    public async Task Response_ClientAcceptsGzip_IsCompressedWithGzipHeader()
    {
        // Arrange
        using var http = new HttpClient();
        var request = RawGrpcRequest.Request(server.Http2Address, Unary, WireFrames.Frame(Request(responseSize: 5000)));
        request.Headers.TryAddWithoutValidation("grpc-accept-encoding", "identity,gzip");

        // Act
        var (response, body, status) = await RawGrpcRequest.SendAsync(http, request);
        var frame = WireFrames.Split(body).Single();

        // Assert
        Assert.Equal(StatusCode.OK, status?.StatusCode);
        Assert.Equal("gzip", RawGrpcRequest.Header(response, "grpc-encoding"));
        Assert.True(frame.IsCompressed);
        Assert.True(frame.Payload.Length < 5000);
        var message = SimpleResponse.Parser.ParseFrom(BclCompression.Decompress(frame.Payload, "gzip"));
        Assert.Equal(5000, message.Payload.Body.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("identity,deflate")]
    public async Task Response_ClientDoesNotAcceptGzip_IsUncompressedWithoutEncodingHeader(string? acceptEncoding)
    {
        // Arrange
        using var http = new HttpClient();
        var request = RawGrpcRequest.Request(server.Http2Address, Unary, WireFrames.Frame(Request(responseSize: 5000)));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("grpc-accept-encoding", acceptEncoding);
        }

        // Act
        var (response, body, status) = await RawGrpcRequest.SendAsync(http, request);
        var frame = WireFrames.Split(body).Single();

        // Assert
        Assert.Equal(StatusCode.OK, status?.StatusCode);
        Assert.Null(RawGrpcRequest.Header(response, "grpc-encoding"));
        Assert.False(frame.IsCompressed);
        Assert.Equal(5000, SimpleResponse.Parser.ParseFrom(frame.Payload).Payload.Body.Length);
    }

    [Fact]
    public async Task Response_HandlerClearsCompressResponses_IsUncompressed()
    {
        // Arrange
        using var http = new HttpClient();
        var request = RawGrpcRequest.Request(server.Http2Address, Unary, WireFrames.Frame(Request(responseSize: 5000)));
        request.Headers.TryAddWithoutValidation("grpc-accept-encoding", "gzip");
        request.Headers.TryAddWithoutValidation("x-uncompressed-responses", "1");

        // Act
        var (_, body, status) = await RawGrpcRequest.SendAsync(http, request);
        var frame = WireFrames.Split(body).Single();

        // Assert
        Assert.Equal(StatusCode.OK, status?.StatusCode);
        Assert.False(frame.IsCompressed);
        Assert.Equal(5000, SimpleResponse.Parser.ParseFrom(frame.Payload).Payload.Body.Length);
    }

    [Theory]
    [InlineData("application/grpc-web+proto")]
    [InlineData("application/grpc-web-text")]
    public async Task GrpcWeb_CompressedRequestAndAcceptedGzip_CompressedBothWays(string contentType)
    {
        // Arrange
        var text = contentType.Contains("text", StringComparison.Ordinal);
        using var http = new HttpClient();
        var frame = BclCompression.CompressedFrame(Request(responseSize: 5000), "gzip");
        var request = RawGrpcRequest.Request(server.Http1Address, Unary,
            text ? Encoding.ASCII.GetBytes(Convert.ToBase64String(frame)) : frame, contentType, HttpVersion.Version11);
        request.Headers.TryAddWithoutValidation("grpc-encoding", "gzip");
        request.Headers.TryAddWithoutValidation("grpc-accept-encoding", "identity,gzip");

        // Act
        var (response, body, _) = await RawGrpcRequest.SendAsync(http, request);
        // The answer is in the format the client accepts; it named none, so binary.
        Assert.Equal("application/grpc-web", response.Content.Headers.ContentType?.MediaType);
        var frames = WireFrames.Split(body);

        // Assert
        Assert.Equal("gzip", RawGrpcRequest.Header(response, "grpc-encoding"));
        Assert.Equal(2, frames.Count);
        Assert.True(frames[0].IsCompressed);
        var message = SimpleResponse.Parser.ParseFrom(BclCompression.Decompress(frames[0].Payload, "gzip"));
        Assert.Equal(5000, message.Payload.Body.Length);
        Assert.True(frames[1].IsTrailers);
        var trailers = WireFrames.Trailers(frames[1].Payload);
        Assert.Contains(new KeyValuePair<string, string>("grpc-status", "0"), trailers);
        Assert.Contains(new KeyValuePair<string, string>("x-request-encoding", "gzip"), trailers);
    }

    [Theory]
    [InlineData("application/grpc-web+proto")]
    [InlineData("application/grpc-web-text")]
    public async Task GrpcWeb_UnsupportedEncoding_IsUnimplementedWithAcceptEncoding(string contentType)
    {
        // Arrange
        var text = contentType.Contains("text", StringComparison.Ordinal);
        using var http = new HttpClient();
        var frame = BclCompression.CompressedFrame(Request(responseSize: 1), "gzip");
        var request = RawGrpcRequest.Request(server.Http1Address, Unary,
            text ? Encoding.ASCII.GetBytes(Convert.ToBase64String(frame)) : frame, contentType, HttpVersion.Version11);
        request.Headers.TryAddWithoutValidation("grpc-encoding", "br");

        // Act
        var (response, body, status) = await RawGrpcRequest.SendAsync(http, request);

        // Assert: no message, the status in the trailer frame, the supported encodings listed (gRPC's doc/compression.md).
        Assert.Empty(body);
        Assert.Equal(StatusCode.Unimplemented, status?.StatusCode);
        Assert.Contains("'br'", status?.Detail, StringComparison.Ordinal);
        Assert.Contains("gzip", RawGrpcRequest.Header(response, "grpc-accept-encoding"), StringComparison.Ordinal);
    }

    private static SimpleRequest Request(int responseSize) => new()
    {
        ResponseSize = responseSize,
        Payload = new Payload { Body = ByteString.CopyFrom(new byte[2000]) },
    };

    [Fact]
    public async Task ResponseStream_LargeSmallAndEmptyMessages_EachFrameIsAWholeGzipMember()
    {
        // Arrange
        using var http = new HttpClient();
        var sizes = new[] { 5000, 10, 0 };
        var streamRequest = new StreamingOutputCallRequest();
        streamRequest.ResponseParameters.AddRange(sizes.Select(s => new ResponseParameters { Size = s }));
        var request = RawGrpcRequest.Request(server.Http2Address, "/fletactors.interop.TestService/StreamingOutputCall",
            WireFrames.Frame(streamRequest));
        request.Headers.TryAddWithoutValidation("grpc-accept-encoding", "gzip");

        // Act
        var (_, body, status) = await RawGrpcRequest.SendAsync(http, request);
        var frames = WireFrames.Split(body);

        // Assert: every message compressed on its own, and the BCL's gzip reads each back whole.
        Assert.Equal(StatusCode.OK, status?.StatusCode);
        Assert.All(frames, f => Assert.True(f.IsCompressed));
        Assert.Equal(sizes, frames.Select(f =>
            StreamingOutputCallResponse.Parser.ParseFrom(BclCompression.Decompress(f.Payload, "gzip")).Payload.Body.Length));
    }
}
