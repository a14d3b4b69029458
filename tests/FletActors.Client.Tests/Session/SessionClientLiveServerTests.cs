using FletActors.Testing;
using System.Globalization;
using FletActors.Client.Tests.Support;
using Grpc.Core;

namespace FletActors.Client.Tests.Session;

/// <summary>
/// The session client on Grpc.Net.Client against the real FletActors server on Kestrel loopback, with a TCP proxy
/// in between where the network has to fail.
/// </summary>
public sealed class SessionClientLiveServerTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private static readonly ReconnectOptions QuickReconnect = new()
    {
        InitialDelay = TimeSpan.FromMilliseconds(20),
        MaxDelay = TimeSpan.FromMilliseconds(200),
        MaxConsecutiveFailures = null,
    };

    [Fact]
    public async Task CreateWithAddress_RealServer_RegistersClicksAndMirrorsThePatch()
    {
        // Arrange
        await using var server = await LiveFletServer.StartAsync();
        await using var client = SessionClient.Create(server.GrpcUrl, new SessionClientOptions { App = "ledger" });

        // Act
        await client.StartAsync().WaitAsync(Deadline);
        var button = await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.ButtonText), Deadline);
        await client.SendEventAsync(button.Id, "click", "first");
        await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.Label(1)), Deadline);

        // Assert
        Assert.Equal(["first"], server.Ledger.Clicks);
        Assert.Equal(SessionClientState.Connected, client.State);
        Assert.Empty(client.RejectedBatches);
    }

    [Fact]
    public async Task ConnectionCut_ClientResumesTheSameSessionAndGetsTheBatchItMissed()
    {
        // Arrange
        await using var server = await LiveFletServer.StartAsync();
        await using var proxy = new TcpProxy(server.GrpcUrl);
        await using var client = SessionClient.Create(proxy.Url, new SessionClientOptions { App = "ledger", Reconnect = QuickReconnect });
        var events = new ClientEvents(client);
        await client.StartAsync().WaitAsync(Deadline);
        var first = await events.NextStartAsync(Deadline);
        var button = await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.ButtonText), Deadline);

        // Act: cut, click while away, come back
        proxy.Block();
        proxy.CutAll();
        await events.EntersAsync(SessionClientState.Reconnecting, Deadline);
        await client.SendEventAsync(button.Id, "click", "while away");
        proxy.Unblock();
        var resumed = await events.NextStartAsync(Deadline);
        await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.Label(1)), Deadline);

        // Assert
        Assert.False(first.Resumed);
        Assert.True(resumed.Resumed);
        Assert.Equal(first.SessionId, resumed.SessionId);
        Assert.Equal(first.SessionId, client.SessionId);
        Assert.Equal(["while away"], server.Ledger.Clicks);
        Assert.Empty(client.RejectedBatches);
        Assert.Equal(1, server.Server.SessionCount);
    }

    [Fact]
    public async Task ConnectionCutDuringClickBurst_EveryClickHandledExactlyOnceInOrder()
    {
        // Arrange: no rate limit in the way of the burst
        const int Clicks = 60;
        await using var server = await LiveFletServer.StartAsync(o => o with { Sessions = o.Sessions with { MaxEventsPerSecond = 100_000 } });
        await using var proxy = new TcpProxy(server.GrpcUrl);
        await using var client = SessionClient.Create(proxy.Url, new SessionClientOptions { App = "ledger", Reconnect = QuickReconnect });
        await client.StartAsync().WaitAsync(Deadline);
        var button = await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.ButtonText), Deadline);

        // Act: a third of the clicks go before the cut, a third while the network is down, a third after
        for (var i = 1; i <= Clicks; i++)
        {
            if (i == (Clicks / 3) + 1)
            {
                proxy.Block();
                proxy.CutAll();
            }
            else if (i == (2 * Clicks / 3) + 1)
            {
                proxy.Unblock();
            }

            await client.SendEventAsync(button.Id, "click", i.ToString(CultureInfo.InvariantCulture));
        }

        await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.Label(Clicks)), Deadline);

        // Assert: the server takes numbered inputs in order, so once the last click ran every resend has been
        // dropped or run
        Assert.Equal(Enumerable.Range(1, Clicks).Select(i => i.ToString(CultureInfo.InvariantCulture)), server.Ledger.Clicks);
        Assert.True(proxy.Accepted >= 2, "the client reconnected through the proxy");
    }

    [Fact]
    public async Task ServerUnreachable_DelaysGrowExponentiallyToTheCapThenTheSessionResumes()
    {
        // Arrange: the backoff runs on virtual time; the network and the server are real
        await using var server = await LiveFletServer.StartAsync();
        await using var proxy = new TcpProxy(server.GrpcUrl);
        var time = new ManualTimeProvider();
        using var channel = SessionChannelFactory.Create(proxy.Url, loggerFactory: null);
        await using var client = SessionClient.Create(channel, new SessionClientOptions
        {
            App = "ledger",
            Reconnect = SessionHarness.ExactBackoff with { MaxConsecutiveFailures = null },
        }, loggerFactory: null, time);
        var events = new ClientEvents(client);
        await client.StartAsync().WaitAsync(Deadline);
        var first = await events.NextStartAsync(Deadline);

        // Act: every attempt but the last is refused
        proxy.Block();
        proxy.CutAll();
        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var delay = await time.NextScheduledAsync();
            delays.Add(delay);
            if (attempt == 5)
            {
                proxy.Unblock();
            }

            time.Advance(delay);
        }

        var resumed = await events.NextStartAsync(Deadline);

        // Assert
        Assert.Equal([100, 200, 400, 800, 1000], delays.Select(d => (int)d.TotalMilliseconds));
        Assert.True(resumed.Resumed);
        Assert.Equal(first.SessionId, resumed.SessionId);
    }

    [Fact]
    public async Task SessionExpiredWhileAway_ResumeIsNotFoundAndTheClientRegistersANewSession()
    {
        // Arrange
        await using var server = await LiveFletServer.StartAsync(o => o with { Sessions = o.Sessions with { SessionTimeout = TimeSpan.FromMilliseconds(200) } });
        await using var proxy = new TcpProxy(server.GrpcUrl);
        await using var client = SessionClient.Create(proxy.Url, new SessionClientOptions { App = "ledger", Reconnect = QuickReconnect });
        var events = new ClientEvents(client);
        await client.StartAsync().WaitAsync(Deadline);
        var first = await events.NextStartAsync(Deadline);
        var button = await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.ButtonText), Deadline);
        await client.SendEventAsync(button.Id, "click", "old");
        await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.Label(1)), Deadline);

        // Act: stay away until the server closed the session
        proxy.Block();
        proxy.CutAll();
        await server.Ledger.FirstSessionClosed.WaitAsync(Deadline);
        proxy.Unblock();
        var next = await events.NextStartAsync(Deadline);
        await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.Label(0)), Deadline);

        // Assert: a new session, and the mirror is its page, not the old one's
        Assert.False(next.Resumed);
        Assert.NotEqual(first.SessionId, next.SessionId);
        Assert.Equal(next.SessionId, client.SessionId);
        Assert.Null(client.Inspect(t => t.FindByText(ClickLedgerApp.Label(1))));
        Assert.Equal(SessionClientState.Connected, client.State);
    }

    [Fact]
    public async Task UnknownApp_StartAsyncFailsAtOnceWithTheServersNotFound()
    {
        // Arrange: retrying for ever would hang the start instead
        await using var server = await LiveFletServer.StartAsync();
        await using var client = SessionClient.Create(server.GrpcUrl, new SessionClientOptions { App = "no-such-app", Reconnect = QuickReconnect });

        // Act
        var error = await Assert.ThrowsAsync<SessionClientException>(() => client.StartAsync().WaitAsync(Deadline));

        // Assert
        var status = Assert.IsType<RpcException>(error.InnerException);
        Assert.Equal(StatusCode.NotFound, status.StatusCode);
        Assert.Contains("no-such-app", status.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(SessionClientState.Failed, client.State);
    }
}
