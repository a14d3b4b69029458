using FletActors.Grpc.Tests.Infrastructure;
using FletActors.Grpc.Tests.Interop;
using FletActors.Protocol;

namespace FletActors.Grpc.Tests.Server;

/// <summary>A server without response compression never compresses, even for a client that accepts gzip, yet
/// advertises and decodes what it supports.</summary>
[Collection(GrpcServerGroup.Name)]
public sealed class ResponseCompressionOffTests(GrpcTestServer server)
{
    [Fact]
    public async Task Response_ServerNotConfigured_IsUncompressedButAdvertisesAcceptEncoding()
    {
        // Arrange
        using var http = new HttpClient();
        var request = RawGrpc.Request(server.Http2Address, "/fletactors.interop.TestService/UnaryCall",
            RawGrpc.CompressedFrame(new SimpleRequest { ResponseSize = 5000 }, "gzip"));
        request.Headers.TryAddWithoutValidation("grpc-encoding", "gzip");
        request.Headers.TryAddWithoutValidation("grpc-accept-encoding", "identity,deflate,gzip");

        // Act
        var (response, body, status) = await RawGrpc.SendAsync(http, request);
        var frame = RawGrpc.Frames(body).Single();

        // Assert
        Assert.Equal(StatusCode.OK, status?.Code);
        Assert.Null(RawGrpc.Header(response, "grpc-encoding"));
        Assert.Equal("identity,gzip,deflate", RawGrpc.Header(response, "grpc-accept-encoding"));
        Assert.False(frame.IsCompressed);
        Assert.Equal(5000, SimpleResponse.Parser.ParseFrom(frame.Payload.Span).Payload.Body.Length);
    }
}
