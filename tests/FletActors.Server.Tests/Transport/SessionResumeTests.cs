using FletActors.Testing;
using FletActors.Server.Tests.Support;
using FletActors.Client;
using FletActors.Protocol.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace FletActors.Server.Tests.Transport;

/// <summary>Resuming a session over the real wire: nothing lost, nothing applied twice, and only with the right token.</summary>
public sealed class SessionResumeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task SessionClient_ConnectionCutMidSession_ResumesWithEveryBatchOnceAndMirrorMatchesFreshSession()
    {
        // Arrange: one app for the session whose connection is cut, an identical one for the reference session.
        var cutApp = new GatedCounterApp();
        var freshApp = new GatedCounterApp();
        await using var server = await LiveServer.StartAsync(b => b.AddApp("cut", cutApp.Main).AddApp("fresh", freshApp.Main));
        await using var proxy = new TcpProxy(server.GrpcUrl);
        using var proxiedChannel = GrpcChannel.ForAddress(proxy.Url);
        var connector = new RecordingConnector(proxiedChannel);
        await using var client = RecordingConnector.CreateClient(connector, new SessionClientOptions
        {
            App = "cut",
            Reconnect = new ReconnectOptions
            {
                InitialDelay = TimeSpan.FromMilliseconds(20),
                MaxDelay = TimeSpan.FromMilliseconds(100),
                MaxConsecutiveFailures = null,
            },
        });
        await client.StartAsync().WaitAsync(Patience);
        var sessionId = client.SessionId;
        await ClickThreeTimesAsync(client);

        // Act: cut the network and keep it down while the session produces the three "Hello!" batches.
        proxy.Block();
        proxy.CutAll();
        await Awaiting.ConditionAsync(() => cutApp.Disconnects == 1, Patience, "the session saw the disconnect");
        cutApp.Release();
        await Awaiting.ConditionAsync(() => cutApp.Hellos == 3, Patience, "the handlers finished while the client was away");
        proxy.Unblock();
        await client.WaitForAsync(t => t.FindByText(GatedCounterApp.Hello(3)), Patience);

        // Assert: the same session, resumed, every batch received exactly once and in order, none rejected.
        Assert.Equal(sessionId, client.SessionId);
        Assert.Equal(SessionClientState.Connected, client.State);
        var starts = connector.Starts;
        Assert.False(starts[0].Resumed);
        Assert.True(starts[^1].Resumed);
        Assert.All(starts, s => Assert.Equal(starts[0].Epoch, s.Epoch));
        var batches = connector.Batches;
        Assert.True(batches.Select(b => b.Connection).Distinct().Count() >= 2, "batches arrived on the resumed connection too");
        Assert.Equal(
            Enumerable.Range(1, batches.Count).Select(i => (ulong)i),
            batches.Select(b => b.Batch.Seq));
        Assert.All(batches.Skip(1), b => Assert.False(b.Batch.Reset));
        Assert.Empty(client.RejectedBatches);
        Assert.Equal((ulong)batches.Count, client.Inspect(t => t.LastAppliedSeq));
        Assert.Equal(1, cutApp.Connects);

        // Assert: the mirror equals the tree of a fresh session that went through the same clicks with no cut.
        await using var fresh = SessionClient.Create(server.GrpcUrl, new SessionClientOptions { App = "fresh" });
        await fresh.StartAsync().WaitAsync(Patience);
        await ClickThreeTimesAsync(fresh);
        freshApp.Release();
        await fresh.WaitForAsync(t => t.FindByText(GatedCounterApp.Hello(3)), Patience);
        Assert.Equal(fresh.Inspect(t => t.Dump()), client.Inspect(t => t.Dump()));
    }

    [Fact]
    public async Task Resume_AfterCallDisposedWithUnackedBatch_ResendsOnlyBatchesAfterLastApplied()
    {
        // Arrange: a raw session that stops acknowledging, clicks, applies "Working 1", then drops its call.
        var app = new GatedCounterApp();
        await using var server = await LiveServer.StartAsync(b => b.AddApp("gated", app.Main));
        var first = await RawSession.RegisterAsync(server.Channel);
        var started = first.Started!;
        first.AutoAck = false;
        var button = await first.WaitForAsync(t => t.FindByText(GatedCounterApp.ButtonText));
        await first.ClickAsync(button.Id);
        await first.WaitForAsync(t => t.FindByText(GatedCounterApp.Working(1)));
        var appliedSeq = first.Tree.LastAppliedSeq;
        first.Dispose();
        await Awaiting.ConditionAsync(() => app.Disconnects == 1, Patience, "the session saw the disconnect");
        app.Release();
        await Awaiting.ConditionAsync(() => app.Hellos == 1, Patience, "the handler finished while the client was away");

        // Act: resume naming the last batch applied (never acknowledged).
        using var second = await RawSession.ResumeAsync(server.Channel, started.SessionId, started.ResumeToken, first.Tree);
        var resent = (await second.ReadUntilAsync(m => m.Patch is not null)).Patch;

        // Assert: the unacknowledged but applied batch is not sent again; the one produced while away is.
        Assert.True(second.Started!.Resumed);
        Assert.Equal(started.SessionId, second.Started.SessionId);
        Assert.Equal(started.Epoch, resent.Epoch);
        Assert.Equal(appliedSeq + 1, resent.Seq);
        Assert.False(resent.Reset);
        Assert.Contains(resent.Ops, op => op.Add?.Node.Props.Any(p => p.Value.StringValue == GatedCounterApp.Hello(1)) == true);
    }

    [Fact]
    public async Task Resume_WrongToken_IsPermissionDeniedAndLeaksNothing()
    {
        // Arrange: the owner's session shows a "Hello!".
        await using var server = await LiveServer.StartAsync();
        await using var owner = await HealthySession.StartAsync(server.GrpcUrl);
        await owner.ClickAndSeeHelloAsync();
        var sessionId = owner.Client.SessionId!;

        // Act
        using var intruder = RawSession.Open(server.Channel);
        await intruder.SendAsync(new ClientMessage
        {
            Resume = new Resume { SessionId = sessionId, ResumeToken = "not-the-token", LastAppliedSeq = 0 },
        });
        var status = await intruder.ReadToEndAsync();

        // Assert: refused with no server message at all, a status naming no tree data, and the owner unaffected.
        Assert.Equal(StatusCode.PermissionDenied, status.StatusCode);
        Assert.Empty(intruder.Received);
        Assert.DoesNotContain(HelloApp.ButtonText, status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(HelloApp.HelloText, status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("elevatedbutton", status.Detail, StringComparison.Ordinal);
        Assert.Equal(2, await owner.ClickAndSeeHelloAsync());
    }

    [Fact]
    public async Task Resume_UnknownSessionId_IsNotFound()
    {
        // Arrange
        await using var server = await LiveServer.StartAsync();
        using var session = RawSession.Open(server.Channel);

        // Act
        await session.SendAsync(new ClientMessage
        {
            Resume = new Resume { SessionId = "no-such-session", ResumeToken = "whatever" },
        });
        var status = await session.ReadToEndAsync();

        // Assert
        Assert.Equal(StatusCode.NotFound, status.StatusCode);
        Assert.Empty(session.Received);
    }

    [Fact]
    public async Task Resume_AfterSessionTimeoutExpired_IsNotFoundAndOnCloseRan()
    {
        // Arrange: sessions live on a virtual clock, so the timeout passes when the test says.
        var app = new GatedCounterApp();
        var timeout = TimeSpan.FromSeconds(30);
        await using var server = await LiveServer.StartAsync(b => b.AddApp("gated", app.Main),
            o => o with { Sessions = o.Sessions with { SessionTimeout = timeout } }, virtualTime: true);
        var first = await RawSession.RegisterAsync(server.Channel);
        var started = first.Started!;
        first.Dispose();
        await Awaiting.ConditionAsync(() => app.Disconnects == 1, Patience, "the session saw the disconnect");

        // Act: let the timeout run out (the expiry timer is armed in the same turn as the disconnect).
        server.Scheduler.Advance(timeout + TimeSpan.FromSeconds(1));
        await app.Closed.WaitAsync(Patience);
        await Awaiting.ConditionAsync(() => server.Server.SessionCount == 0, Patience, "the session was removed");
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            RawSession.ResumeAsync(server.Channel, started.SessionId, started.ResumeToken, first.Tree));

        // Assert
        Assert.Equal(StatusCode.NotFound, refused.Status.StatusCode);
    }

    [Fact]
    public async Task Resume_BeforeSessionTimeout_KeepsSessionAlive()
    {
        // Arrange: the same clock as above, advanced to just short of the timeout.
        var app = new GatedCounterApp();
        var timeout = TimeSpan.FromSeconds(30);
        await using var server = await LiveServer.StartAsync(b => b.AddApp("gated", app.Main),
            o => o with { Sessions = o.Sessions with { SessionTimeout = timeout } }, virtualTime: true);
        var first = await RawSession.RegisterAsync(server.Channel);
        var started = first.Started!;
        first.Dispose();
        await Awaiting.ConditionAsync(() => app.Disconnects == 1, Patience, "the session saw the disconnect");
        server.Scheduler.Advance(timeout - TimeSpan.FromSeconds(1));

        // Act
        using var second = await RawSession.ResumeAsync(server.Channel, started.SessionId, started.ResumeToken, first.Tree);
        server.Scheduler.Advance(TimeSpan.FromSeconds(2));

        // Assert: resumed, and the expiry that would have fired by now was cancelled (a click answered after the
        // advance went through the session's mailbox behind any expiry).
        Assert.True(second.Started!.Resumed);
        var button = await second.WaitForAsync(t => t.FindByText(GatedCounterApp.ButtonText));
        await second.ClickAsync(button.Id);
        await second.WaitForAsync(t => t.FindByText(GatedCounterApp.Working(1)));
        Assert.Equal(1, app.Connects);
        Assert.False(app.Closed.IsCompleted);
        Assert.Equal(1, server.Server.SessionCount);
    }

    private static async Task ClickThreeTimesAsync(SessionClient client)
    {
        var button = await client.WaitForAsync(t => t.FindByText(GatedCounterApp.ButtonText), Patience);
        for (var n = 1; n <= 3; n++)
        {
            await client.ClickAsync(button.Id);
            await client.WaitForAsync(t => t.FindByText(GatedCounterApp.Working(n)), Patience);
        }
    }
}
