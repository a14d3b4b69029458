using FletActors.Client.Transport;
using FletActors.Protocol;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace FletActors.Client.Tests.Transport;

/// <summary>
/// The .NET client's message compression: gzip both ways against our server, and byte-level checks against a
/// hand-written endpoint that compresses and decompresses with the BCL's own streams.
/// </summary>
public sealed class GrpcChannelCompressionTests : IAsyncLifetime
{
    private CompressionTestServer server = null!;

    public async Task InitializeAsync() => server = await CompressionTestServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Unary_GzipBothWaysWithOurServer_RoundTrips()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Address, new GrpcChannelOptions { RequestCompression = "gzip" });
        var request = Value(5000);

        // Act
        var response = await channel.UnaryAsync(CompressionTestServer.EchoUnary, request, BytesValue.Parser);

        // Assert
        Assert.Equal(request, response);
        Assert.Equal(("gzip", "gzip"), server.LastServerEncodings);
    }

    [Fact]
    public async Task Duplex_GzipBothWaysWithOurServer_RoundTripsMessagesOverAndUnderTheMinimum()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Address,
            new GrpcChannelOptions { RequestCompression = "gzip", RequestCompressionMinSize = 1024 });
        using var call = channel.DuplexStreaming<BytesValue, BytesValue>(CompressionTestServer.EchoDuplex, BytesValue.Parser);

        // Act + Assert
        foreach (var size in new[] { 5000, 10, 3000, 0 })
        {
            var request = Value(size);
            await call.RequestStream.WriteAsync(request);
            Assert.Equal(request, await call.ResponseStream.ReadAsync());
        }

        call.RequestStream.Complete();
        Assert.Null(await call.ResponseStream.ReadAsync());
        Assert.Equal(("gzip", "gzip"), server.LastServerEncodings);
    }

    [Fact]
    public async Task Unary_ChannelRequestCompression_PutsGzipFrameOnWire()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Address, new GrpcChannelOptions { RequestCompression = "gzip" });
        var request = Value(5000);

        // Act
        await channel.UnaryAsync(CompressionTestServer.WireUnary, request, BytesValue.Parser);

        // Assert
        var wire = server.LastWireRequest!;
        Assert.True(wire.IsCompressed);
        Assert.Equal("gzip", wire.Encoding);
        Assert.Equal("identity,gzip,deflate", wire.AcceptEncoding);
        Assert.Equal(request.Value, wire.Value);
    }

    [Fact]
    public async Task Unary_NoRequestCompression_SendsPlainFrameAndAcceptEncoding()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Address);

        // Act
        await channel.UnaryAsync(CompressionTestServer.WireUnary, Value(5000), BytesValue.Parser);

        // Assert
        var wire = server.LastWireRequest!;
        Assert.False(wire.IsCompressed);
        Assert.Null(wire.Encoding);
        Assert.Equal("identity,gzip,deflate", wire.AcceptEncoding);
    }

    [Theory]
    [InlineData("identity", false, null)]
    [InlineData("deflate", true, "deflate")]
    public async Task Unary_CallOptionsRequestCompression_OverridesTheChannel(string callCompression, bool compressed,
        string? encoding)
    {
        // Arrange
        using var channel = new GrpcChannel(server.Address, new GrpcChannelOptions { RequestCompression = "gzip" });
        var request = Value(5000);

        // Act
        await channel.UnaryAsync(CompressionTestServer.WireUnary, request, BytesValue.Parser,
            new CallOptions { RequestCompression = callCompression });

        // Assert
        var wire = server.LastWireRequest!;
        Assert.Equal(compressed, wire.IsCompressed);
        Assert.Equal(encoding, wire.Encoding);
        Assert.Equal(request.Value, wire.Value);
    }

    [Fact]
    public async Task Unary_RequestUnderMinimumSize_GoesUncompressedUnderTheGzipHeader()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Address,
            new GrpcChannelOptions { RequestCompression = "gzip", RequestCompressionMinSize = 1024 });

        // Act
        await channel.UnaryAsync(CompressionTestServer.WireUnary, Value(100), BytesValue.Parser);

        // Assert
        var wire = server.LastWireRequest!;
        Assert.False(wire.IsCompressed);
        Assert.Equal("gzip", wire.Encoding);
    }

    [Fact]
    public async Task Unary_GzipResponse_IsDecoded()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Address);
        var request = Value(5000);

        // Act
        var response = await channel.UnaryAsync(CompressionTestServer.WireUnary, request, BytesValue.Parser,
            Respond("gzip"));

        // Assert
        Assert.Equal(request, response);
    }

    [Fact]
    public async Task Unary_ResponseInUnsupportedEncoding_FailsWithInternal()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Address);

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            channel.UnaryAsync(CompressionTestServer.WireUnary, Value(10), BytesValue.Parser, Respond("snappy")));

        // Assert
        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.Contains("'snappy'", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unary_ResponseOverLimitOnceDecompressed_FailsWithResourceExhausted()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Address, new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 });

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            channel.UnaryAsync(CompressionTestServer.WireUnary, Value(10), BytesValue.Parser, Respond("bomb")));

        // Assert
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains("once decompressed", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Channel_UnsupportedRequestCompression_IsRefusedAtCreation()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() =>
            new GrpcChannel(server.Address, new GrpcChannelOptions { RequestCompression = "snappy" }));

        // Assert
        Assert.Contains("snappy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_UnsupportedRequestCompression_IsRefusedBeforeSending()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Address);

        // Act + Assert
        await Assert.ThrowsAsync<ArgumentException>(() => channel.UnaryAsync(CompressionTestServer.WireUnary, Value(1),
            BytesValue.Parser, new CallOptions { RequestCompression = "br" }));
        Assert.Null(server.LastWireRequest);
    }

    private static CallOptions Respond(string mode) =>
        new() { Headers = [new(CompressionTestServer.RespondHeader, mode)] };

    /// <summary>Compressible bytes: a repeated text.</summary>
    private static BytesValue Value(int size) => new()
    {
        Value = ByteString.CopyFrom(Enumerable.Range(0, size).Select(i => (byte)"compressible "[i % 13]).ToArray()),
    };
}
