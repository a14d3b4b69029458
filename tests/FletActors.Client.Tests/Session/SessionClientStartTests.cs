using FletActors.Client.Tests.Support;
using FletActors.Protocol.V1;
using static FletActors.Client.Tests.Support.Patches;

namespace FletActors.Client.Tests.Session;

public sealed class SessionClientStartTests
{
    private static readonly TimeSpan Deadline = SessionHarness.Deadline;

    [Fact]
    public async Task StartAsync_NewSession_RegistersWithOptionsAndReportsConnected()
    {
        // Arrange
        await using var harness = SessionHarness.Create(new SessionClientOptions
        {
            App = "gallery",
            Route = "/store",
            PageWidth = 800,
            PageHeight = 600,
            UserAgent = "tests/1",
            Reconnect = SessionHarness.ExactBackoff,
        });

        // Act
        var (_, register) = await harness.StartAsync(sessionId: "abc");

        // Assert
        Assert.Equal(new Register { App = "gallery", Route = "/store", PageWidth = 800, PageHeight = 600, Platform = "dotnet", UserAgent = "tests/1" }, register);
        Assert.Equal("abc", harness.Client.SessionId);
        Assert.Equal(SessionClientState.Connected, harness.Client.State);
    }

    [Fact]
    public async Task ResetBatch_AfterStart_IsAppliedToMirrorAndAcknowledged()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var (server, _) = await harness.StartAsync(epoch: 1);

        // Act
        server.Send(PageWith(1, 1, Text(3, "Hello!")));
        var hello = await harness.Client.WaitForAsync(t => t.FindByText("Hello!"), Deadline);
        var ack = await server.NextAckAsync();

        // Assert
        Assert.Equal(3UL, hello.Id);
        Assert.Equal(new Ack { Epoch = 1, Seq = 1 }, ack);
        Assert.Equal("page#1\n  views:\n    view#2\n      controls:\n        text#3 value=\"Hello!\"\n", harness.Client.Inspect(t => t.Dump()));
    }

    [Fact]
    public async Task Batches_AppliedInOrder_EachAcknowledgedCumulatively()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1));

        // Act
        server.Send(Batch(1, 2, Add(2, "controls", 0, Text(3, "one"))));
        server.Send(Batch(1, 3, Add(2, "controls", 1, Text(4, "two"))));
        server.Send(Batch(1, 4, Set(3, "value", Str("uno"))));
        var acks = new[] { await server.NextAckAsync(), await server.NextAckAsync(), await server.NextAckAsync() };

        // Assert
        Assert.Equal(new ulong[] { 2, 3, 4 }, acks.Select(a => a.Seq));
        Assert.All(acks, a => Assert.Equal(1UL, a.Epoch));
        await harness.Client.WaitForAsync(t => t.FindByText("uno") is not null && t.FindByText("two") is not null, Deadline);
    }

    [Fact]
    public async Task ResentBatch_AlreadyApplied_IsNotAppliedTwiceButAcknowledgedAgain()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1));
        server.Send(Batch(1, 2, Add(2, "controls", 0, Text(3, "once"))));
        Assert.Equal(2UL, (await server.NextAckAsync()).Seq);

        // Act: applied twice, the add would be a duplicate id and the batch would be rejected
        server.Send(Batch(1, 2, Add(2, "controls", 0, Text(3, "once"))));
        var ack = await server.NextAckAsync();

        // Assert
        Assert.Equal(new Ack { Epoch = 1, Seq = 2 }, ack);
        Assert.Empty(harness.Client.RejectedBatches);
        Assert.Single(harness.Client.Inspect(t => t.FindAllByText("once")));
    }

    [Fact]
    public async Task StaleEpochBatch_AfterNewerReset_IsIgnoredAndNotAcknowledged()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(2, 1, Text(3, "current")));

        // Act
        server.Send(Batch(1, 2, Set(3, "value", Str("stale"))));
        server.Send(Batch(2, 2, Set(3, "value", Str("fresh"))));
        var ack = await server.NextAckAsync();

        // Assert: the next ack is for the fresh batch, so the stale one was neither applied nor acknowledged
        Assert.Equal(new Ack { Epoch = 2, Seq = 2 }, ack);
        await harness.Client.WaitForAsync(t => t.FindByText("fresh") is not null, Deadline);
        Assert.Null(harness.Client.Inspect(t => t.FindByText("stale")));
    }

    [Fact]
    public async Task WaitForAsync_ConditionNeverHolds_ThrowsTimeoutWithMirrorDump()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        await harness.StartWithPageAsync(PageWith(1, 1, Text(3, "present")));

        // Act
        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => harness.Client.WaitForAsync(t => t.FindByText("absent") is not null, TimeSpan.FromMilliseconds(50)));

        // Assert
        Assert.Contains("text#3 value=\"present\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitForAsync_ConditionAlreadyHolds_ReturnsAtOnce()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        await harness.StartWithPageAsync(PageWith(1, 1, Text(3, "here")));

        // Act
        var found = await harness.Client.WaitForAsync(t => t.FindByText("here"), TimeSpan.Zero);

        // Assert
        Assert.Equal(3UL, found.Id);
    }

    [Fact]
    public async Task StartAsync_Twice_Throws()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        await harness.StartAsync();

        // Act + Assert
        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.StartAsync());
    }

    [Theory]
    [InlineData("width")]
    [InlineData("outbox")]
    [InlineData("unconfirmed")]
    [InlineData("multiplier")]
    [InlineData("jitter")]
    [InlineData("maxdelay")]
    [InlineData("failures")]
    public void Options_Invalid_AreRejectedWhenTheClientIsCreated(string broken)
    {
        // Arrange
        var options = broken switch
        {
            "width" => new SessionClientOptions { PageWidth = -1 },
            "outbox" => new SessionClientOptions { OutboxCapacity = 0 },
            "unconfirmed" => new SessionClientOptions { MaxUnconfirmedInputs = 0 },
            "multiplier" => new SessionClientOptions { Reconnect = new ReconnectOptions { Multiplier = 0.5 } },
            "jitter" => new SessionClientOptions { Reconnect = new ReconnectOptions { JitterFraction = 1.5 } },
            "maxdelay" => new SessionClientOptions { Reconnect = new ReconnectOptions { MaxDelay = TimeSpan.FromMilliseconds(1) } },
            _ => new SessionClientOptions { Reconnect = new ReconnectOptions { MaxConsecutiveFailures = 0 } },
        };

        // Act + Assert
        Assert.Throws<ArgumentException>(() => new SessionClient(options, new InMemoryConnector()));
    }
}
