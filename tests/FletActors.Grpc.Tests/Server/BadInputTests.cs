using System.Buffers.Binary;
using System.Net;
using FletActors.Grpc.Tests.Client;
using FletActors.Grpc.Tests.Infrastructure;
using FletActors.Grpc.Tests.Interop;
using FletActors.Protocol;
using Grpc.Net.Client;

namespace FletActors.Grpc.Tests.Server;

/// <summary>Malformed requests over raw HTTP/2 each get the right status, and a healthy stream beside them lives on.</summary>
[Collection(GrpcServerGroup.Name)]
public sealed class BadInputTests(GrpcTestServer server)
{
    private const string Unary = "/fletactors.interop.TestService/UnaryCall";

    public static TheoryData<string, string, StatusCode, string> Cases => new()
    {
        { "truncated frame", Unary, StatusCode.Internal, "Incomplete message" },
        { "length prefix over the limit", Unary, StatusCode.ResourceExhausted, "exceeds the maximum" },
        { "protobuf garbage", Unary, StatusCode.Internal, "Failed to parse" },
        { "compressed flag without grpc-encoding", Unary, StatusCode.Internal, "grpc-encoding" },
        { "empty body", Unary, StatusCode.Internal, "no request message" },
        { "two messages to a unary method", Unary, StatusCode.Internal, "exactly one message" },
        { "unknown method", "/fletactors.interop.TestService/NoSuchMethod", StatusCode.Unimplemented, "Method 'NoSuchMethod'" },
        { "unknown service", "/no.such.Service/Call", StatusCode.Unimplemented, "Service 'no.such.Service'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RawHttp2Request_BadInput_GetsStatusWhileHealthyStreamContinues(string input, string path,
        StatusCode expectedCode, string expectedDetail)
    {
        // Arrange: a healthy duplex stream that stays open across the bad request.
        using var channel = GrpcChannel.ForAddress(server.Http2Address);
        using var healthy = GrpcNetCalls.Duplex<StreamingOutputCallRequest, StreamingOutputCallResponse>(channel,
            "/fletactors.interop.TestService/FullDuplexCall");
        await PingAsync(healthy, 11);
        using var http = new HttpClient();

        // Act
        var (response, _, status) = await RawGrpc.SendAsync(http, RawGrpc.Request(server.Http2Address, path, Body(input)));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(status);
        Assert.Equal(expectedCode, status.Code);
        Assert.Contains(expectedDetail, status.Detail, StringComparison.Ordinal);
        await PingAsync(healthy, 13);
        await healthy.RequestStream.CompleteAsync();
        Assert.Null(await healthy.ResponseStream.ReadAsync());
    }

    [Fact]
    public async Task RawHttp2Request_WrongContentType_Gets415()
    {
        // Arrange
        using var http = new HttpClient();
        var request = RawGrpc.Request(server.Http2Address, Unary, RawGrpc.Frame(new SimpleRequest()), "application/json");

        // Act
        var (response, _, _) = await RawGrpc.SendAsync(http, request);

        // Assert
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task RawHttp2Request_BadGrpcTimeout_GetsInternal()
    {
        // Arrange
        using var http = new HttpClient();
        var request = RawGrpc.Request(server.Http2Address, Unary, RawGrpc.Frame(new SimpleRequest()));
        request.Headers.TryAddWithoutValidation("grpc-timeout", "123456789S");

        // Act
        var (_, _, status) = await RawGrpc.SendAsync(http, request);

        // Assert
        Assert.Equal(StatusCode.Internal, status?.Code);
        Assert.Contains("grpc-timeout", status?.Detail, StringComparison.Ordinal);
    }

    private static byte[] Body(string input)
    {
        var valid = RawGrpc.Frame(new SimpleRequest { ResponseSize = 1 });
        return input switch
        {
            "truncated frame" => valid[..^1],
            "length prefix over the limit" => Prefix(0, GrpcTestServer.MaxMessageSize + 1),
            "protobuf garbage" => RawGrpc.Frame(0, [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]),
            "compressed flag without grpc-encoding" => RawGrpc.Frame(GrpcFrame.CompressedFlag, valid.AsSpan(5)),
            "empty body" => [],
            "two messages to a unary method" => [.. valid, .. valid],
            _ => valid,
        };
    }

    private static byte[] Prefix(byte flags, int length)
    {
        var prefix = new byte[5];
        prefix[0] = flags;
        BinaryPrimitives.WriteInt32BigEndian(prefix.AsSpan(1), length);
        return prefix;
    }

    private static async Task PingAsync(
        global::Grpc.Core.AsyncDuplexStreamingCall<StreamingOutputCallRequest, StreamingOutputCallResponse> call, int size)
    {
        await call.RequestStream.WriteAsync(new StreamingOutputCallRequest
        {
            ResponseParameters = { new ResponseParameters { Size = size } },
        });
        var response = await call.ResponseStream.ReadAsync();
        Assert.Equal(size, response?.Payload.Body.Length);
    }
}
