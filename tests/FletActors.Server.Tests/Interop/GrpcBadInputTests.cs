using System.Buffers.Binary;
using System.Net;
using FletActors.Server.Tests.Interop.Service;
using FletActors.Server.Tests.Transport;
using Grpc.Core;
using Grpc.Net.Client;

namespace FletActors.Server.Tests.Interop;

/// <summary>Malformed requests over raw HTTP/2 each get the right status, and a healthy stream beside them lives on.</summary>
[Collection(InteropServerGroup.Name)]
public sealed class GrpcBadInputTests(InteropTestServer server)
{
    private const string Unary = "/fletactors.interop.TestService/UnaryCall";

    private static readonly Metadata HealthyHeaders = new();

    public static TheoryData<string, string, StatusCode, string> Cases => new()
    {
        { "truncated frame", Unary, StatusCode.Internal, "Incomplete message" },
        { "length prefix over the limit", Unary, StatusCode.ResourceExhausted, "exceeds the maximum" },
        { "protobuf garbage", Unary, StatusCode.Unknown, "Exception was thrown by handler." },
        { "compressed flag without grpc-encoding", Unary, StatusCode.Internal, "grpc-encoding" },
        { "empty body", Unary, StatusCode.Internal, "Incomplete message" },
        { "two messages to a unary method", Unary, StatusCode.Internal, "Additional data after the message received" },
        { "unknown method", "/fletactors.interop.TestService/NoSuchMethod", StatusCode.Unimplemented, "Method is unimplemented" },
        { "unknown service", "/no.such.Service/Call", StatusCode.Unimplemented, "Service is unimplemented" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RawHttp2Request_BadInput_GetsStatusWhileHealthyStreamContinues(string input, string path,
        StatusCode expectedCode, string expectedDetail)
    {
        // Arrange: a healthy duplex stream that stays open across the bad request.
        using var channel = GrpcChannel.ForAddress(server.Http2Address);
        using var healthy = new TestService.TestServiceClient(channel).FullDuplexCall(HealthyHeaders);
        await PingAsync(healthy, 11);
        using var http = new HttpClient();

        // Act
        var (response, _, status) = await RawGrpcRequest.SendAsync(http, RawGrpcRequest.Request(server.Http2Address, path, Body(input)));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var actual = Assert.NotNull(status);
        Assert.Equal(expectedCode, actual.StatusCode);
        Assert.Contains(expectedDetail, actual.Detail, StringComparison.Ordinal);
        await PingAsync(healthy, 13);
        await healthy.RequestStream.CompleteAsync();
        Assert.False(await healthy.ResponseStream.MoveNext());
    }

    [Fact]
    public async Task RawHttp2Request_WrongContentType_Gets415()
    {
        // Arrange
        using var http = new HttpClient();
        var request = RawGrpcRequest.Request(server.Http2Address, Unary, WireFrames.Frame(new SimpleRequest()), "application/json");

        // Act
        var (response, _, _) = await RawGrpcRequest.SendAsync(http, request);

        // Assert
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task RawHttp2Request_MalformedGrpcTimeout_IsIgnoredAndServed()
    {
        // Arrange: nine digits, where the spec allows at most eight; grpc-dotnet ignores a timeout it cannot read.
        using var http = new HttpClient();
        var request = RawGrpcRequest.Request(server.Http2Address, Unary, WireFrames.Frame(new SimpleRequest { ResponseSize = 2 }));
        request.Headers.TryAddWithoutValidation("grpc-timeout", "123456789S");

        // Act
        var (_, body, status) = await RawGrpcRequest.SendAsync(http, request);

        // Assert
        Assert.Equal(StatusCode.OK, status?.StatusCode);
        Assert.Equal(2, SimpleResponse.Parser.ParseFrom(WireFrames.Split(body).Single().Payload).Payload.Body.Length);
    }

    private static byte[] Body(string input)
    {
        var valid = WireFrames.Frame(new SimpleRequest { ResponseSize = 1 });
        return input switch
        {
            "truncated frame" => valid[..^1],
            "length prefix over the limit" => Prefix(0, InteropTestServer.MaxMessageSize + 1),
            "protobuf garbage" => WireFrames.Frame(0, [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]),
            "compressed flag without grpc-encoding" => WireFrames.Frame(WireFrames.CompressedFlag, valid.AsSpan(5)),
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
        AsyncDuplexStreamingCall<StreamingOutputCallRequest, StreamingOutputCallResponse> call, int size)
    {
        await call.RequestStream.WriteAsync(new StreamingOutputCallRequest
        {
            ResponseParameters = { new ResponseParameters { Size = size } },
        });
        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Equal(size, call.ResponseStream.Current.Payload.Body.Length);
    }
}
