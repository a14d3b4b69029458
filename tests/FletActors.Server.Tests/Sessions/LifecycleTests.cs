using FletActors.Client;
using FletActors.Protocol.V1;
using FletActors.Sessions;
using FletActors.Server.Tests.Support;
using Grpc.Core;

namespace FletActors.Server.Tests.Sessions;

public sealed class LifecycleTests : VirtualTimeTestKit
{
    [Fact]
    public async Task CustomControl_MovedRemovedAndAddedAgain_MountsAndUnmountsOncePerMountNotForMoves()
    {
        // Arrange
        var probe = new LifecycleProbe();
        await using var harness = SessionHarness.For(page =>
        {
            var left = new Column();
            var right = new Column();
            left.Controls.Add(probe);
            page.Add(left, right,
                new ElevatedButton("move") { OnClick = _ => right.Controls.Add(probe) },
                new ElevatedButton("remove") { OnClick = _ => right.Controls.Remove(probe) },
                new ElevatedButton("add") { OnClick = _ => left.Controls.Add(probe) });
        });
        var client = await harness.ConnectAsync();
        var counts = new List<(int, int)> { probe.Counts };

        // Act
        foreach (var step in new[] { "move", "remove", "add" })
        {
            await client.ClickAsync(step);
            await client.SettleAsync();
            counts.Add(probe.Counts);
        }

        // Assert
        Assert.Equal([(1, 0), (1, 0), (1, 1), (2, 1)], counts);
    }

    [Fact]
    public async Task RunTask_OwnerRemoved_TokenCancelledAndTaskCompletes()
    {
        // Arrange
        var worker = new TaskOwner();
        await using var harness = SessionHarness.For(page => page.Add(worker, new ElevatedButton("remove") { OnClick = _ => page.Remove(worker) }));
        var client = await harness.ConnectAsync();
        var task = await worker.Started.Task.WaitAsync(TestTimeouts.Condition);

        // Act
        await client.ClickAsync("remove");

        // Assert
        await worker.Cancelled.Task.WaitAsync(TestTimeouts.Condition);
        await task.Completion.WaitAsync(TestTimeouts.Condition);
        Assert.Empty(client.Errors);
    }

    [Fact]
    public async Task RunTask_HandleCancelled_TokenCancelled()
    {
        // Arrange
        var worker = new TaskOwner();
        await using var harness = SessionHarness.For(page => page.Add(worker));
        await harness.ConnectAsync();
        var task = await worker.Started.Task.WaitAsync(TestTimeouts.Condition);

        // Act
        task.Cancel();

        // Assert
        await worker.Cancelled.Task.WaitAsync(TestTimeouts.Condition);
        await task.Completion.WaitAsync(TestTimeouts.Condition);
    }

    [Fact]
    public async Task Resume_WithinTimeout_GetsExactlyTheMissedBatchesAndFiresDisconnectAndConnect()
    {
        // Arrange
        var events = new List<string>();
        var pages = new TaskCompletionSource<Page>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var harness = SessionHarness.For(page =>
        {
            page.OnDisconnect = _ => events.Add("disconnect");
            page.OnConnect = _ => events.Add("connect");
            page.Add(new Text("start"));
            pages.SetResult(page);
        });
        var client = await harness.ConnectAsync();
        var page = await pages.Task;
        await client.SettleAsync();
        var applied = client.Client.Inspect(t => t.LastAppliedSeq);
        var first = client.Connector.Current;

        // Act: the client is away while the app makes three changes in three turns
        client.Connector.HoldConnections();
        first.Break();
        for (var i = 1; i <= 3; i++)
        {
            var n = i;
            await harness.Manager.InvokeAsync(client.SessionId, () => page.Add(new Text($"missed {n}")));
        }

        client.Connector.OpenConnections();
        await client.WaitForTextAsync("missed 3");
        await client.SettleAsync();

        // Assert
        var resumed = client.Connector.Current.SentMessages;
        Assert.True(resumed[0].Started.Resumed);
        var batches = resumed.Where(m => m.Patch is not null).Select(m => m.Patch).ToList();
        Assert.Equal([applied + 1, applied + 2, applied + 3], batches.Select(b => b.Seq));
        Assert.All(batches, b => Assert.False(b.Reset));
        Assert.Empty(client.Client.RejectedBatches);
        Assert.Equal(["start", "missed 1", "missed 2", "missed 3"], client.Texts());
        Assert.Equal(["disconnect", "connect"], events);
    }

    [Fact]
    public async Task Resume_AfterExpiry_NotFoundAndOnCloseFired()
    {
        // Arrange
        var closes = 0;
        await using var harness = SessionHarness.For(
            page => page.OnClose = _ => Interlocked.Increment(ref closes),
            new SessionOptions { SessionTimeout = TimeSpan.FromSeconds(30) },
            Sys);
        var client = await harness.ConnectAsync();
        var started = await client.Connector.Current.Started;
        await client.DisposeAsync();
        await harness.Manager.InvokeAsync(started.SessionId, static () => { });

        // Act
        Scheduler.Advance(TimeSpan.FromSeconds(29));
        var aliveBeforeTimeout = harness.Manager.Count;
        Scheduler.Advance(TimeSpan.FromSeconds(1));
        await Awaiting.ConditionAsync(() => harness.Manager.Count == 0, TestTimeouts.Condition, "the session expired");
        var refused = await Assert.ThrowsAsync<RpcException>(() => harness.Manager.ResumeAsync(
            new Resume { SessionId = started.SessionId, ResumeToken = started.ResumeToken, Epoch = 1, LastAppliedSeq = 1 },
            new RecordingConnection(), CancellationToken.None));

        // Assert
        Assert.Equal(1, aliveBeforeTimeout);
        Assert.Equal(1, closes);
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
        Assert.Equal("session not found or expired; register again", refused.Status.Detail);
    }

    [Fact]
    public async Task Resume_WrongToken_PermissionDeniedRevealingNothing()
    {
        // Arrange
        await using var harness = SessionHarness.For(page => page.Add(new Text("secret")));
        var client = await harness.ConnectAsync();

        // Act
        var refused = await Assert.ThrowsAsync<RpcException>(() => harness.Manager.ResumeAsync(
            new Resume { SessionId = client.SessionId, ResumeToken = "guess", LastAppliedSeq = 0 },
            new RecordingConnection(), CancellationToken.None));
        var sendRefused = Assert.Throws<RpcException>(() => harness.Manager.Authenticate(client.SessionId, "guess"));

        // Assert
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, sendRefused.StatusCode);
        Assert.DoesNotContain(client.SessionId, refused.Status.Detail, StringComparison.Ordinal);
        await client.ClickAsync("secret").ContinueWith(_ => { }, TaskScheduler.Default);
        Assert.Equal(SessionClientState.Connected, client.Client.State);
    }

    [Fact]
    public async Task Resume_ReloadWithSeqZero_OneResetBatchWithTheWholeTreeAndOldConnectionReplaced()
    {
        // Arrange
        await using var harness = SessionHarness.For(page =>
        {
            var column = new Column();
            column.Controls.Add(new Text("one"));
            column.Controls.Add(new TextField { Value = "typed" });
            page.Add(column, new Text("two"));
        });
        var client = await harness.ConnectAsync();
        await client.SettleAsync();
        var started = await client.Connector.Current.Started;
        var old = client.Connector.Current;
        var reloaded = new RecordingConnection();

        // Act
        var again = await harness.Manager.ResumeAsync(
            new Resume { SessionId = started.SessionId, ResumeToken = started.ResumeToken, Epoch = 1, LastAppliedSeq = 0 },
            reloaded, CancellationToken.None);
        await reloaded.Count.WaitForAsync(2);

        // Assert
        Assert.True(again.Resumed);
        Assert.Equal(ServerMessage.KindOneofCase.Started, reloaded.Messages[0].KindCase);
        var reset = Assert.Single(reloaded.Batches);
        Assert.True(reset.Reset);
        var mirror = new ClientTree();
        PatchApplier.Apply(mirror, reset);
        Assert.Equal(client.Dump(), mirror.Dump());
        Assert.True(old.Ended);
        Assert.Equal(SessionClosed.Types.Reason.Replaced, old.SentMessages[^1].Closed.Reason);
    }

    [Fact]
    public async Task Shutdown_LiveSessions_ClientsToldAndOnCloseFired()
    {
        // Arrange
        var closes = 0;
        await using var harness = SessionHarness.For(page => page.OnClose = _ => Interlocked.Increment(ref closes));
        var first = await harness.ConnectAsync();
        var second = await harness.ConnectAsync();

        // Act
        await harness.Manager.ShutdownAsync().WaitAsync(TestTimeouts.Condition);
        var refused = await Assert.ThrowsAsync<RpcException>(() => harness.Manager.StartAsync(new Register(), new RecordingConnection(), CancellationToken.None));

        // Assert
        Assert.Equal(2, closes);
        Assert.Equal(0, harness.Manager.Count);
        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        foreach (var client in new[] { first, second })
        {
            await client.Client.Completion.WaitAsync(TestTimeouts.Condition);
            Assert.Equal(SessionClosed.Types.Reason.ServerShutdown, client.Client.ClosedBy?.Reason);
        }
    }

    [Fact]
    public async Task Close_SessionWithTasksAndSubscriptions_CancelsTasksAndDropsSubscriptions()
    {
        // Arrange
        var worker = new TaskOwner();
        await using var harness = SessionHarness.For(page =>
        {
            page.PubSub.Subscribe(_ => { });
            page.PubSub.SubscribeTopic("news", (_, _) => { });
            page.Add(worker);
        });
        await harness.ConnectAsync();
        await worker.Started.Task.WaitAsync(TestTimeouts.Condition);
        var subscribed = harness.Broker.SubscriptionCount;

        // Act
        await harness.Manager.ShutdownAsync().WaitAsync(TestTimeouts.Condition);

        // Assert
        await worker.Cancelled.Task.WaitAsync(TestTimeouts.Condition);
        Assert.Equal(2, subscribed);
        Assert.Equal(0, harness.Broker.SubscriptionCount);
        Assert.Equal(1, worker.Unmounts);
    }

    private sealed class LifecycleProbe : Text
    {
        private int mounts;
        private int unmounts;

        public (int Mounts, int Unmounts) Counts => (Volatile.Read(ref mounts), Volatile.Read(ref unmounts));

        protected override void DidMount() => Interlocked.Increment(ref mounts);

        protected override void WillUnmount() => Interlocked.Increment(ref unmounts);
    }

    private sealed class TaskOwner : Text
    {
        private int unmounts;

        public TaskCompletionSource<IPageTask> Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Unmounts => Volatile.Read(ref unmounts);

        protected override void DidMount() => Started.SetResult(Page.RunTask(Work));

        protected override void WillUnmount() => Interlocked.Increment(ref unmounts);

        private async Task Work(CancellationToken ct)
        {
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                Cancelled.SetResult();
                throw;
            }
        }
    }
}
