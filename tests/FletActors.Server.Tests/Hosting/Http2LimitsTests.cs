using FletActors.Testing;
using FletActors.Server.Tests.Transport;
using Grpc.Net.Client;

namespace FletActors.Server.Tests.Hosting;

/// <summary>
/// The HTTP/2 stream limit reaches Kestrel: a client (Grpc.Net.Client, which opens another connection when the
/// server's SETTINGS_MAX_CONCURRENT_STREAMS is reached) needs one connection per that many live sessions.
/// </summary>
public sealed class Http2LimitsTests
{
    [Theory]
    [InlineData(2, 2)]
    [InlineData(1000, 1)]
    public async Task Sessions_ThreeOnOneChannel_UseAsManyConnectionsAsTheStreamLimitAsks(int maxStreams, int expectedConnections)
    {
        // Arrange: every connection goes through a proxy that counts them.
        await using var server = await LiveServer.StartAsync(o => o with { Http2MaxStreamsPerConnection = maxStreams });
        await using var proxy = new TcpProxy(server.GrpcUrl);
        using var channel = GrpcChannel.ForAddress(proxy.Url);

        // Act: three sessions live at once.
        using var first = await RawSession.RegisterAsync(channel);
        using var second = await RawSession.RegisterAsync(channel);
        using var third = await RawSession.RegisterAsync(channel);

        // Assert
        Assert.Equal(3, server.Server.SessionCount);
        Assert.Equal(expectedConnections, proxy.Accepted);
    }
}
