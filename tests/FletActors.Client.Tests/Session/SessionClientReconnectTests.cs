using FletActors.Client.Tests.Support;
using FletActors.Protocol.V1;
using static FletActors.Client.Tests.Support.Patches;

namespace FletActors.Client.Tests.Session;

public sealed class SessionClientReconnectTests
{
    private static readonly TimeSpan Deadline = SessionHarness.Deadline;

    [Fact]
    public async Task DroppedConnection_BacksOffThenResumesWithEpochAndLastAppliedSeq()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(3, 1, Text(3, "a")));
        server.Send(Batch(3, 2, Set(3, "value", Str("b"))));
        await server.NextAckAsync();

        // Act
        server.Break();
        var delay = await harness.Time.NextScheduledAsync();
        var attemptsDuringBackoff = harness.Connector.Attempts;
        harness.Time.Advance(delay);
        var next = await harness.Connector.AcceptAsync();
        var hello = await next.NextAsync();

        // Assert
        Assert.Equal(SessionHarness.ExactBackoff.InitialDelay, delay);
        Assert.Equal(1, attemptsDuringBackoff);
        Assert.Equal(
            new Resume { SessionId = "s1", ResumeToken = "t1", Epoch = 3, LastAppliedSeq = 2, PageWidth = 1280, PageHeight = 720 },
            hello.Resume);
    }

    [Fact]
    public async Task Resume_ServerResendsAppliedAndMissedBatches_AppliesEachOnce()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1));
        server.Send(Batch(1, 2, Add(2, "controls", 0, Text(3, "first"))));
        await server.NextAckAsync();
        var next = await harness.BreakAndReconnectAsync(server);
        Assert.Equal(2UL, (await next.NextAsync()).Resume.LastAppliedSeq);

        // Act: a server that resends from an older point; seq 2 applied twice would be a duplicate id
        next.Send(new ServerMessage { Started = new SessionStarted { SessionId = "s1", ResumeToken = "t1", Epoch = 1, Resumed = true } });
        next.Send(Batch(1, 2, Add(2, "controls", 0, Text(3, "first"))));
        next.Send(Batch(1, 3, Add(2, "controls", 1, Text(4, "second"))));
        var acks = new[] { await next.NextAckAsync(), await next.NextAckAsync() };

        // Assert
        Assert.Equal(new ulong[] { 2, 3 }, acks.Select(a => a.Seq));
        await harness.Client.WaitForAsync(t => t.FindByText("second") is not null, Deadline);
        Assert.Empty(harness.Client.RejectedBatches);
        Assert.Equal(
            "page#1\n  views:\n    view#2\n      controls:\n        text#3 value=\"first\"\n        text#4 value=\"second\"\n",
            harness.Client.Inspect(t => t.Dump()));
    }

    [Fact]
    public async Task Resume_ServerSendsReset_ReplacesMirror()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1, Text(3, "old")));
        var next = await harness.BreakAndReconnectAsync(server);
        await next.NextAsync();

        // Act
        next.Send(new ServerMessage { Started = new SessionStarted { SessionId = "s1", ResumeToken = "t1", Epoch = 2, Resumed = true } });
        next.Send(PageWith(2, 1, Text(9, "new")));
        var ack = await next.NextAckAsync();

        // Assert
        Assert.Equal(new Ack { Epoch = 2, Seq = 1 }, ack);
        await harness.Client.WaitForAsync(t => t.FindByText("new") is not null, Deadline);
        Assert.Null(harness.Client.Inspect(t => t.Find(3)));
    }

    [Fact]
    public async Task EventsSentWhileDisconnected_AreDeliveredAfterResume()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1));
        server.Break();
        var delay = await harness.Time.NextScheduledAsync();

        // Act
        await harness.Client.ClickAsync(5);
        harness.Time.Advance(delay);
        var next = await harness.Connector.AcceptAsync();

        // Assert: the resume comes first, then, once the session has started, the click, numbered 1
        Assert.Equal(ClientMessage.KindOneofCase.Resume, (await next.NextAsync()).KindCase);
        next.Send(SessionHarness.StartedMessage(resumed: true));
        var click = await next.NextAsync();
        Assert.Equal((new Protocol.V1.ControlEvent { ControlId = 5, Name = "click" }, 1UL), (click.Event, click.InputSeq));
    }

    [Fact]
    public async Task SequenceGap_ClientResumesFromLastAppliedSeq()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1, Text(3, "a")));

        // Act
        server.Send(Batch(1, 3, Set(3, "value", Str("skipped ahead"))));
        var delay = await harness.Time.NextScheduledAsync();
        harness.Time.Advance(delay);
        var next = await harness.Connector.AcceptAsync();
        var resume = (await next.NextAsync()).Resume;

        // Assert
        Assert.Equal((1UL, 1UL), (resume.Epoch, resume.LastAppliedSeq));
        Assert.Equal(PatchErrorKind.SequenceGap, Assert.Single(harness.Client.RejectedBatches).Kind);
        Assert.NotNull(harness.Client.Inspect(t => t.FindByText("a")));
    }

    [Fact]
    public async Task InvalidBatch_ClientDropsMirrorAndAsksForWholeTree()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1, Text(3, "a")));

        // Act
        server.Send(Batch(1, 2, Remove(99)));
        var next = await harness.BreakAndReconnectAsync(server);
        var resume = (await next.NextAsync()).Resume;
        next.Send(new ServerMessage { Started = new SessionStarted { SessionId = "s1", ResumeToken = "t1", Epoch = 1, Resumed = true } });
        next.Send(PageWith(1, 2, Text(3, "whole again")));

        // Assert
        Assert.Equal((1UL, 0UL), (resume.Epoch, resume.LastAppliedSeq));
        Assert.Equal(PatchErrorKind.UnknownControl, Assert.Single(harness.Client.RejectedBatches).Kind);
        Assert.Equal(new Ack { Epoch = 1, Seq = 2 }, await next.NextAckAsync());
        await harness.Client.WaitForAsync(t => t.FindByText("whole again") is not null, Deadline);
    }

    [Fact]
    public async Task RefusedConnections_DelaysGrowExponentiallyUpToTheCap()
    {
        // Arrange
        await using var harness = SessionHarness.Create(new SessionClientOptions
        {
            Reconnect = SessionHarness.ExactBackoff with { MaxConsecutiveFailures = null },
        });
        var server = await harness.StartWithPageAsync(PageWith(1, 1));
        harness.Connector.RefuseNext(5);

        // Act
        server.Break();
        var delays = new List<TimeSpan>();
        for (var i = 0; i < 6; i++)
        {
            var delay = await harness.Time.NextScheduledAsync();
            delays.Add(delay);
            harness.Time.Advance(delay);
        }

        var next = await harness.Connector.AcceptAsync();

        // Assert
        Assert.Equal(new[] { 100, 200, 400, 800, 1000, 1000 }, delays.Select(d => (int)d.TotalMilliseconds));
        Assert.Equal(ClientMessage.KindOneofCase.Resume, (await next.NextAsync()).KindCase);
    }

    [Fact]
    public async Task RefusedConnections_BeyondTheLimit_ClientFails()
    {
        // Arrange
        await using var harness = SessionHarness.Create(new SessionClientOptions
        {
            Reconnect = SessionHarness.ExactBackoff with { MaxConsecutiveFailures = 2 },
        });
        var server = await harness.StartWithPageAsync(PageWith(1, 1));
        harness.Connector.RefuseNext(10);

        // Act
        server.Break();
        harness.Time.Advance(await harness.Time.NextScheduledAsync());
        harness.Time.Advance(await harness.Time.NextScheduledAsync());

        // Assert
        await Assert.ThrowsAsync<SessionClientException>(() => harness.Client.Completion.WaitAsync(Deadline));
        Assert.Equal(SessionClientState.Failed, harness.Client.State);
    }

    [Fact]
    public async Task StartAsync_ServerUnreachable_ThrowsAfterTheLimit()
    {
        // Arrange
        await using var harness = SessionHarness.Create(new SessionClientOptions
        {
            Reconnect = SessionHarness.ExactBackoff with { MaxConsecutiveFailures = 2 },
        });
        harness.Connector.RefuseNext(10);

        // Act
        var start = harness.Client.StartAsync();
        harness.Time.Advance(await harness.Time.NextScheduledAsync());

        // Assert
        await Assert.ThrowsAsync<SessionClientException>(() => start.WaitAsync(Deadline));
    }

    [Fact]
    public async Task SessionRestarted_ClientRegistersAgainAndTakesTheNewSessionsTree()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(5, 1, Text(3, "before restart")));

        // Act
        server.Send(new ServerMessage { Closed = new SessionClosed { Reason = SessionClosed.Types.Reason.Restarted } });
        harness.Time.Advance(await harness.Time.NextScheduledAsync());
        var next = await harness.Connector.AcceptAsync();
        var hello = await next.NextAsync();
        next.Send(SessionHarness.StartedMessage(sessionId: "s2", epoch: 1));
        next.Send(PageWith(1, 1, Text(3, "after restart")));

        // Assert
        Assert.Equal(ClientMessage.KindOneofCase.Register, hello.KindCase);
        Assert.Equal(new Ack { Epoch = 1, Seq = 1 }, await next.NextAckAsync());
        await harness.Client.WaitForAsync(t => t.FindByText("after restart") is not null, Deadline);
        Assert.Equal("s2", harness.Client.SessionId);
    }

    [Fact]
    public async Task ServerEndsStream_ClientResumes()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1));

        // Act
        server.EndStream();
        harness.Time.Advance(await harness.Time.NextScheduledAsync());
        var next = await harness.Connector.AcceptAsync();

        // Assert
        Assert.Equal(new Resume { SessionId = "s1", ResumeToken = "t1", Epoch = 1, LastAppliedSeq = 1, PageWidth = 1280, PageHeight = 720 },
            (await next.NextAsync()).Resume);
    }
}
