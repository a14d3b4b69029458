using System.Net;
using FletActors.Grpc.Tests.Client;
using FletActors.Grpc.Tests.Infrastructure;
using FletActors.Grpc.Tests.Interop;
using FletActors.Protocol;
using Grpc.Net.Client;
using Google.Protobuf;

namespace FletActors.Grpc.Tests.Server;

/// <summary>
/// Compressed requests that must fail, over raw HTTP/2: each gets the status compression.md names, every answer
/// advertises grpc-accept-encoding, and a healthy gzip stream beside them lives on.
/// </summary>
[Collection(CompressingGrpcServerGroup.Name)]
public sealed class CompressionBadInputTests(CompressingGrpcTestServer server)
{
    private const string Unary = "/fletactors.interop.TestService/UnaryCall";

    public static TheoryData<string, string?, StatusCode, string> Cases => new()
    {
        { "unsupported encoding", "snappy", StatusCode.Unimplemented, "grpc-encoding 'snappy'" },
        { "compressed flag without grpc-encoding", null, StatusCode.Internal, "grpc-encoding is absent" },
        { "compressed flag under identity", "identity", StatusCode.Internal, "grpc-encoding is 'identity'" },
        { "corrupt gzip", "gzip", StatusCode.Internal, "Failed to decompress the gzip message" },
        { "truncated gzip", "gzip", StatusCode.Internal, "truncated" },
        { "corrupt deflate", "deflate", StatusCode.Internal, "Failed to decompress the deflate message" },
        { "gzip message over the limit once decompressed", "gzip", StatusCode.ResourceExhausted, "once decompressed" },
        { "deflate message over the limit once decompressed", "deflate", StatusCode.ResourceExhausted, "once decompressed" },
        { "gzip bomb", "gzip", StatusCode.ResourceExhausted, "once decompressed" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RawHttp2Request_BadCompressedInput_GetsStatusWhileHealthyGzipStreamContinues(string input,
        string? encoding, StatusCode expectedCode, string expectedDetail)
    {
        // Arrange: a healthy duplex stream, gzip both ways, that stays open across the bad request.
        using var channel = GrpcChannel.ForAddress(server.Http2Address);
        using var healthy = GrpcNetCalls.Duplex<StreamingOutputCallRequest, StreamingOutputCallResponse>(channel,
            "/fletactors.interop.TestService/FullDuplexCall", requestCompression: "gzip");
        await PingAsync(healthy, 5000);
        using var http = new HttpClient();
        var request = RawGrpc.Request(server.Http2Address, Unary, Body(input));
        if (encoding is not null)
        {
            request.Headers.TryAddWithoutValidation("grpc-encoding", encoding);
        }

        // Act
        var (response, _, status) = await RawGrpc.SendAsync(http, request);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(status);
        Assert.Equal(expectedCode, status.Code);
        Assert.Contains(expectedDetail, status.Detail, StringComparison.Ordinal);
        Assert.Equal("identity,gzip,deflate", RawGrpc.Header(response, "grpc-accept-encoding"));
        await PingAsync(healthy, 13);
        await healthy.RequestStream.CompleteAsync();
        Assert.Null(await healthy.ResponseStream.ReadAsync());
    }

    [Fact]
    public async Task RawHttp2Request_UnsupportedEncodingButUncompressedFrames_IsServed()
    {
        // Arrange: the spec fails a message compressed in an unknown encoding, not a header alone.
        using var http = new HttpClient();
        var request = RawGrpc.Request(server.Http2Address, Unary, RawGrpc.Frame(new SimpleRequest { ResponseSize = 3 }));
        request.Headers.TryAddWithoutValidation("grpc-encoding", "snappy");

        // Act
        var (_, body, status) = await RawGrpc.SendAsync(http, request);

        // Assert
        Assert.Equal(StatusCode.OK, status?.Code);
        Assert.Equal(3, SimpleResponse.Parser.ParseFrom(RawGrpc.Frames(body).Single().Payload.Span).Payload.Body.Length);
    }

    private static byte[] Body(string input)
    {
        var request = new SimpleRequest { ResponseSize = 1, Payload = new Payload { Body = ByteString.CopyFrom(new byte[3000]) } };
        var gzip = RawGrpc.Compress(request.ToByteArray(), "gzip");
        return input switch
        {
            "unsupported encoding" or "compressed flag without grpc-encoding" or "compressed flag under identity" =>
                RawGrpc.Frame(GrpcFrame.CompressedFlag, gzip),
            "corrupt gzip" => RawGrpc.Frame(GrpcFrame.CompressedFlag, [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF, 0xDE, 0xAD, 0xBE, 0xEF]),
            "truncated gzip" => RawGrpc.Frame(GrpcFrame.CompressedFlag, gzip.AsSpan(0, gzip.Length - 6)),
            "corrupt deflate" => RawGrpc.Frame(GrpcFrame.CompressedFlag, [0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]),
            "gzip message over the limit once decompressed" => RawGrpc.CompressedFrame(Oversized(), "gzip"),
            "deflate message over the limit once decompressed" => RawGrpc.CompressedFrame(Oversized(), "deflate"),
            // 64 MiB of zeros in about 64 KiB: refused long before it is inflated.
            "gzip bomb" => RawGrpc.Frame(GrpcFrame.CompressedFlag, RawGrpc.Compress(new byte[64 << 20], "gzip")),
            _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
        };
    }

    private static SimpleRequest Oversized() =>
        new() { Payload = new Payload { Body = ByteString.CopyFrom(new byte[GrpcTestServer.MaxMessageSize]) } };

    private static async Task PingAsync(
        global::Grpc.Core.AsyncDuplexStreamingCall<StreamingOutputCallRequest, StreamingOutputCallResponse> call, int size)
    {
        await call.RequestStream.WriteAsync(new StreamingOutputCallRequest
        {
            ResponseParameters = { new ResponseParameters { Size = size } },
            Payload = new Payload { Body = ByteString.CopyFrom(new byte[size]) },
        });
        var response = await call.ResponseStream.ReadAsync();
        Assert.Equal(size, response?.Payload.Body.Length);
    }
}
