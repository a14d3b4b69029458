using FletActors.Client.Tests.Support;
using Grpc.Net.Client;

namespace FletActors.Client.Tests.Session;

/// <summary>
/// Message compression between the session client on Grpc.Net.Client and the real FletActors server, read off the
/// wire by a <see cref="WireTap"/> under the client's own channel settings.
/// </summary>
public sealed class SessionClientCompressionTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task GzipBothWays_RealServer_MessagesCrossCompressedAndTheMirrorHoldsThePage()
    {
        // Arrange
        await using var server = await LiveFletServer.StartAsync(o => o with { ResponseCompression = "gzip" });
        var (channel, tap) = TappedChannel(server.GrpcUrl);
        using var disposeChannel = channel;
        await using var client = SessionClient.Create(channel, new SessionClientOptions { App = "wide", RequestCompression = "gzip" });

        // Act: once the click ran, the Register, the page's ack and the click itself have crossed
        await client.StartAsync().WaitAsync(Deadline);
        var button = await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.ButtonText), Deadline);
        await client.ClickAsync(button.Id);
        await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.Label(1)), Deadline);

        // Assert: every request message went gzipped, and the page came down gzipped
        Assert.Equal(["gzip"], tap.RequestEncodings);
        Assert.Equal(["gzip"], tap.ResponseEncodings);
        Assert.Equal(0, tap.Requests.Plain);
        Assert.True(tap.Requests.Compressed >= 3, $"{tap.Requests.Compressed} compressed request messages");
        Assert.True(tap.Responses.Compressed >= 1, "the page batch went compressed");
        Assert.NotNull(client.Inspect(t => t.FindByText($"row {LiveFletServer.WideRows - 1}")));
        Assert.Empty(client.RejectedBatches);
    }

    [Fact]
    public async Task NoRequestCompression_RequestsCrossPlainWhileResponsesStayCompressed()
    {
        // Arrange
        await using var server = await LiveFletServer.StartAsync(o => o with { ResponseCompression = "gzip" });
        var (channel, tap) = TappedChannel(server.GrpcUrl);
        using var disposeChannel = channel;
        await using var client = SessionClient.Create(channel, new SessionClientOptions { App = "wide" });

        // Act
        await client.StartAsync().WaitAsync(Deadline);
        var button = await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.ButtonText), Deadline);
        await client.ClickAsync(button.Id);
        await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.Label(1)), Deadline);

        // Assert
        Assert.Equal([null], tap.RequestEncodings);
        Assert.Equal(0, tap.Requests.Compressed);
        Assert.True(tap.Requests.Plain >= 3, $"{tap.Requests.Plain} plain request messages");
        Assert.True(tap.Responses.Compressed >= 1, "the page batch went compressed");
    }

    /// <summary>A channel with the settings <see cref="SessionClient.Create(Uri, SessionClientOptions?, Microsoft.Extensions.Logging.ILoggerFactory?)"/> uses, tapped.</summary>
    private static (GrpcChannel Channel, WireTap Tap) TappedChannel(Uri address)
    {
        var tap = new WireTap(SessionChannelFactory.Handler(SessionChannelFactory.KeepAlivePingDelay,
            SessionChannelFactory.KeepAlivePingTimeout));
        return (GrpcChannel.ForAddress(address, SessionChannelFactory.Options(tap, loggerFactory: null)), tap);
    }
}
