using FletActors.Testing;
using FletActors.Client.Tests.Support;
using Grpc.Net.Client;

namespace FletActors.Client.Tests.Connection;

public sealed class SessionChannelFactoryTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task KeepAlivePings_ServerFallsSilent_ClientDropsTheConnectionAndResumesOnANewOne()
    {
        // Arrange: the shortest pings SocketsHttpHandler allows; the server stays up, only the route to it dies
        await using var server = await LiveFletServer.StartAsync();
        await using var proxy = new TcpProxy(server.GrpcUrl);
        using var channel = GrpcChannel.ForAddress(proxy.Url,
            SessionChannelFactory.Options(SessionChannelFactory.Handler(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)), loggerFactory: null));
        await using var client = SessionClient.Create(channel, new SessionClientOptions
        {
            App = "ledger",
            Reconnect = new ReconnectOptions { InitialDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200) },
        });
        var events = new ClientEvents(client);
        await client.StartAsync().WaitAsync(Deadline);
        var first = await events.NextStartAsync(Deadline);
        var button = await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.ButtonText), Deadline);

        // Act: no bytes cross the open connection any more, and nothing closes it
        proxy.FreezeAll();
        var resumed = await events.NextStartAsync(Deadline);
        await client.SendEventAsync(button.Id, "click", "after");
        await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.Label(1)), Deadline);

        // Assert
        Assert.True(resumed.Resumed);
        Assert.Equal(first.SessionId, resumed.SessionId);
        Assert.True(proxy.Accepted >= 2, "the client opened a new connection");
        Assert.Equal(["after"], server.Ledger.Clicks);
    }
}
