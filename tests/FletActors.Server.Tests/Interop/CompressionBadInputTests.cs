using System.Net;
using FletActors.Server.Tests.Interop.Service;
using FletActors.Server.Tests.Transport;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace FletActors.Server.Tests.Interop;

/// <summary>
/// Compressed requests that must fail, over raw HTTP/2: each gets the status the gRPC spec names
/// (https://github.com/grpc/grpc/blob/master/doc/compression.md and doc/statuscodes.md there), and a healthy gzip stream beside them lives on.
/// </summary>
[Collection(CompressingInteropServerGroup.Name)]
public sealed class CompressionBadInputTests(CompressingInteropTestServer server)
{
    private const string Unary = "/fletactors.interop.TestService/UnaryCall";

    // The healthy stream sends gzip; Grpc.Net.Client takes the request encoding from this call header.
    private static readonly Metadata HealthyHeaders = new() { { "grpc-internal-encoding-request", "gzip" } };

    public static TheoryData<string, string?, StatusCode, string> Cases => new()
    {
        { "unsupported encoding", "snappy", StatusCode.Unimplemented, "Unsupported grpc-encoding value 'snappy'" },
        { "compressed flag without grpc-encoding", null, StatusCode.Internal, "did not include grpc-encoding" },
        { "compressed flag under identity", "identity", StatusCode.Internal, "'identity' grpc-encoding value with compressed message" },
        { "corrupt gzip", "gzip", StatusCode.Internal, "Failed to decompress the gzip request message" },
        { "corrupt deflate", "deflate", StatusCode.Internal, "Failed to decompress the deflate request message" },
        { "gzip message over the limit once decompressed", "gzip", StatusCode.ResourceExhausted, "exceeds the maximum configured message size" },
        { "deflate message over the limit once decompressed", "deflate", StatusCode.ResourceExhausted, "exceeds the maximum configured message size" },
        { "gzip bomb", "gzip", StatusCode.ResourceExhausted, "exceeds the maximum configured message size" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RawHttp2Request_BadCompressedInput_GetsStatusWhileHealthyGzipStreamContinues(string input,
        string? encoding, StatusCode expectedCode, string expectedDetail)
    {
        // Arrange: a healthy duplex stream, gzip both ways, that stays open across the bad request.
        using var channel = GrpcChannel.ForAddress(server.Http2Address);
        using var healthy = new TestService.TestServiceClient(channel).FullDuplexCall(HealthyHeaders);
        await PingAsync(healthy, 5000);
        using var http = new HttpClient();
        var request = RawGrpcRequest.Request(server.Http2Address, Unary, Body(input));
        if (encoding is not null)
        {
            request.Headers.TryAddWithoutValidation("grpc-encoding", encoding);
        }

        // Act
        var (response, _, status) = await RawGrpcRequest.SendAsync(http, request);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var actual = Assert.NotNull(status);
        Assert.Equal(expectedCode, actual.StatusCode);
        Assert.Contains(expectedDetail, actual.Detail, StringComparison.Ordinal);
        if (expectedCode == StatusCode.Unimplemented)
        {
            // gRPC's doc/compression.md: the refusal of an unsupported encoding lists the supported ones.
            Assert.Contains("gzip", RawGrpcRequest.Header(response, "grpc-accept-encoding"), StringComparison.Ordinal);
        }

        await PingAsync(healthy, 13);
        await healthy.RequestStream.CompleteAsync();
        Assert.False(await healthy.ResponseStream.MoveNext());
    }

    [Fact]
    public async Task RawHttp2Request_UnsupportedEncodingButUncompressedFrames_IsServed()
    {
        // Arrange: the spec fails a message compressed in an unknown encoding, not a header alone.
        using var http = new HttpClient();
        var request = RawGrpcRequest.Request(server.Http2Address, Unary, WireFrames.Frame(new SimpleRequest { ResponseSize = 3 }));
        request.Headers.TryAddWithoutValidation("grpc-encoding", "snappy");

        // Act
        var (_, body, status) = await RawGrpcRequest.SendAsync(http, request);

        // Assert
        Assert.Equal(StatusCode.OK, status?.StatusCode);
        Assert.Equal(3, SimpleResponse.Parser.ParseFrom(WireFrames.Split(body).Single().Payload).Payload.Body.Length);
    }

    private static byte[] Body(string input)
    {
        var request = new SimpleRequest { ResponseSize = 1, Payload = new Payload { Body = ByteString.CopyFrom(new byte[3000]) } };
        var gzip = BclCompression.Compress(request.ToByteArray(), "gzip");
        return input switch
        {
            "unsupported encoding" or "compressed flag without grpc-encoding" or "compressed flag under identity" =>
                WireFrames.Frame(WireFrames.CompressedFlag, gzip),
            "corrupt gzip" => WireFrames.Frame(WireFrames.CompressedFlag, [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF, 0xDE, 0xAD, 0xBE, 0xEF]),
            "corrupt deflate" => WireFrames.Frame(WireFrames.CompressedFlag, [0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]),
            "gzip message over the limit once decompressed" => BclCompression.CompressedFrame(Oversized(), "gzip"),
            "deflate message over the limit once decompressed" => BclCompression.CompressedFrame(Oversized(), "deflate"),
            // 64 MiB of zeros in about 64 KiB: refused long before it is inflated.
            "gzip bomb" => WireFrames.Frame(WireFrames.CompressedFlag, BclCompression.Compress(new byte[64 << 20], "gzip")),
            _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
        };
    }

    private static SimpleRequest Oversized() =>
        new() { Payload = new Payload { Body = ByteString.CopyFrom(new byte[InteropTestServer.MaxMessageSize]) } };

    private static async Task PingAsync(
        AsyncDuplexStreamingCall<StreamingOutputCallRequest, StreamingOutputCallResponse> call, int size)
    {
        await call.RequestStream.WriteAsync(new StreamingOutputCallRequest
        {
            ResponseParameters = { new ResponseParameters { Size = size } },
            Payload = new Payload { Body = ByteString.CopyFrom(new byte[size]) },
        });
        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Equal(size, call.ResponseStream.Current.Payload.Body.Length);
    }
}
