using FletActors.Sessions;
using FletActors.Server.Tests.Support;

namespace FletActors.Server.Tests.Sessions;

public sealed class OutputWindowTests
{
    [Fact]
    public async Task SlowClient_NeverAcks_GetsAtMostTheWindowThenOneCoalescedBatchOnAck()
    {
        // Arrange
        var added = 0;
        await using var harness = SessionHarness.For(
            page => page.Add(new ElevatedButton("add") { OnClick = _ => page.Add(new Text($"line {++added}")) }),
            new SessionOptions { MaxUnackedBatches = 3 });
        var client = await StartWithoutAcksAsync(harness);

        // Act: six changes, each its own turn, while no ack reaches the server
        for (var i = 0; i < 6; i++)
        {
            await client.ClickAsync("add");
            await client.SettleAsync();
        }

        var whileSlow = client.Connector.Current.SentMessages.Where(m => m.Patch is not null).Select(m => m.Patch).ToList();
        var shownWhileSlow = client.Texts().Count;
        client.Connector.ReleaseAcks();
        await client.WaitForTextAsync("line 6");
        await client.SettleAsync();

        // Assert
        Assert.Equal([1UL, 2UL, 3UL], whileSlow.Select(b => b.Seq));
        Assert.Equal(2, shownWhileSlow);
        var after = client.Connector.Current.SentMessages.Where(m => m.Patch is not null).Skip(3).Select(m => m.Patch).ToList();
        var coalesced = Assert.Single(after);
        Assert.False(coalesced.Reset);
        Assert.Equal(4, coalesced.Ops.Count);
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"line {n}"), client.Texts());
    }

    [Fact]
    public async Task SlowClient_UpdateCalledWhileWindowFull_ChangesWaitAndLeaveAsOneBatchOnAck()
    {
        // Arrange
        await using var harness = SessionHarness.For(
            page => page.Add(new ElevatedButton("burst")
            {
                OnClick = _ =>
                {
                    for (var i = 1; i <= 5; i++)
                    {
                        page.Add(new Text($"burst {i}"));
                        page.Update();
                    }
                },
            }),
            new SessionOptions { MaxUnackedBatches = 2 });
        var client = await StartWithoutAcksAsync(harness);

        // Act
        await client.ClickAsync("burst");
        await client.SettleAsync();
        var whileSlow = client.Connector.Current.SentMessages.Count(m => m.Patch is not null);
        client.Connector.ReleaseAcks();
        await client.WaitForTextAsync("burst 5");
        await client.SettleAsync();

        // Assert
        Assert.Equal(2, whileSlow);
        var last = client.Connector.Current.SentMessages.Last(m => m.Patch is not null).Patch;
        Assert.False(last.Reset);
        Assert.Equal(3UL, last.Seq);
        Assert.Equal(4, last.Ops.Count);
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"burst {n}"), client.Texts());
        Assert.Empty(client.Client.RejectedBatches);
    }

    private static async Task<TestClient> StartWithoutAcksAsync(SessionHarness harness)
    {
        // Acks are held from the start, so the first (reset) batch counts against the window too.
        var client = new TestClient(harness.Manager, new Client.SessionClientOptions());
        client.Connector.HoldAcks();
        await client.StartAsync();
        return client;
    }
}
