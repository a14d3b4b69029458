using FletActors.Protocol.V1;
using FletActors.Sessions;
using FletActors.Server.Tests.Support;

namespace FletActors.Server.Tests.Sessions;

public sealed class TurnTests
{
    [Fact]
    public async Task Session_ManyThreadsDeliverEventsToSyncAndAsyncHandlers_TurnsNeverOverlap()
    {
        // Arrange
        var active = 0;
        var overlaps = 0;
        var finished = 0;
        void Enter()
        {
            if (Interlocked.Increment(ref active) != 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            Thread.SpinWait(200);
            Interlocked.Decrement(ref active);
        }

        await using var harness = SessionHarness.For(page => page.Add(
            new ElevatedButton("sync") { OnClick = _ => { Enter(); Interlocked.Increment(ref finished); } },
            new ElevatedButton("async")
            {
                OnClick = async _ =>
                {
                    Enter();
                    await Task.Yield();
                    Enter();
                    await Task.Yield();
                    Enter();
                    Interlocked.Increment(ref finished);
                },
            }), new SessionOptions { MaxEventsPerSecond = 100_000 });
        var client = await harness.ConnectAsync();
        var ids = new[] { client.IdOf("sync"), client.IdOf("async") };
        const int Threads = 8, PerThread = 250;

        // Act
        var delivering = Enumerable.Range(0, Threads).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                var click = new ClientMessage { Event = new Protocol.V1.ControlEvent { ControlId = ids[(t + i) % 2], Name = "click" } };
                Assert.Equal(DeliveryOutcome.Accepted, harness.Manager.Deliver(client.SessionId, click));
            }
        })).ToArray();
        await Task.WhenAll(delivering);
        await Awaiting.ConditionAsync(() => Volatile.Read(ref finished) == Threads * PerThread, TestTimeouts.Condition, "every handler finished");

        // Assert
        Assert.Equal(0, overlaps);
        Assert.Empty(client.Errors);
    }

    [Fact]
    public async Task Session_HandlerBlocksItsThread_OnlyItsOwnSessionWaits()
    {
        // Arrange: a handler that blocks its thread until the test lets it go (a gate, not a fixed 2 s, so that a
        // stalled machine cannot end the block before the other session has been measured)
        using var release = new ManualResetEventSlim();
        using var blocking = new ManualResetEventSlim();
        await using var harness = SessionHarness.For(page =>
        {
            var answer = new Text("waiting");
            page.Add(
                new ElevatedButton("block") { OnClick = _ => { blocking.Set(); release.Wait(TestTimeouts.Condition); } },
                new ElevatedButton("ping") { OnClick = _ => answer.Value = "pong" },
                answer);
        });
        var blocked = await harness.ConnectAsync();
        var other = await harness.ConnectAsync();

        // Act
        await blocked.ClickAsync("block");
        Assert.True(blocking.Wait(TestTimeouts.Condition));
        await blocked.ClickAsync("ping");
        var roundTrip = System.Diagnostics.Stopwatch.StartNew();
        await other.ClickAsync("ping");
        await other.WaitForTextAsync("pong");
        roundTrip.Stop();
        var blockedAnsweredMeanwhile = blocked.Texts().Contains("pong");
        var stillBlocked = !release.IsSet;
        release.Set();

        // Assert: the other session answered while the first one's handler still held its thread; the blocked
        // session's own click waited behind its handler and ran once the block ended
        Assert.True(stillBlocked, $"the other session took {roundTrip.ElapsedMilliseconds} ms");
        Assert.False(blockedAnsweredMeanwhile);
        await blocked.WaitForTextAsync("pong");
    }

    [Theory]
    [InlineData("sync")]
    [InlineData("async before await")]
    [InlineData("async after await")]
    public async Task Handler_Throws_ReportedToClientAndLoggedAndSessionGoesOn(string button)
    {
        // Arrange
        var logs = new CapturingLoggerFactory();
        var apps = new Dictionary<string, Func<Page, Task>>
        {
            ["app"] = page =>
            {
                var count = new Text("0");
                page.Add(
                    new ElevatedButton("sync") { OnClick = _ => throw new InvalidOperationException("boom sync") },
                    new ElevatedButton("async before await") { OnClick = async _ => { Fail("boom before"); await Task.Yield(); } },
                    new ElevatedButton("async after await") { OnClick = async _ => { await Task.Yield(); Fail("boom after"); } },
                    new ElevatedButton("count") { OnClick = _ => count.Value = "1" },
                    count);
                return Task.CompletedTask;
            },
        };
        await using var harness = new SessionHarness(apps, loggerFactory: logs);
        var client = await harness.ConnectAsync();
        var id = client.IdOf(button);

        // Act
        await client.ClickAsync(button);
        await client.Client.WaitForAsync(_ => client.Errors.Count > 0, TestTimeouts.Condition);
        await client.ClickAsync("count");

        // Assert
        await client.WaitForTextAsync("1");
        var error = Assert.Single(client.Errors);
        Assert.Equal(ErrorCode.HandlerFailed, error.Code);
        Assert.Equal(id, error.ControlId);
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
        Assert.Contains("click", error.Message, StringComparison.Ordinal);
        var logged = Assert.Single(logs.Entries, e => e.EventId.Id == 4005);
        Assert.Equal(client.SessionId, logged.Values["SessionId"]);
        Assert.Equal(id, logged.Values["ControlId"]);
        Assert.Equal("click", logged.Values["EventName"]);
        Assert.IsType<InvalidOperationException>(logged.Exception);
    }

    [Fact]
    public async Task Main_ThrowsAfterAwait_ReportedAndSessionStillServesEvents()
    {
        // Arrange
        await using var harness = SessionHarness.For(async page =>
        {
            var size = new Text("size");
            page.OnResize = e => size.Value = FormattableString.Invariant($"{e.Width}");
            page.Add(size);
            await Task.Yield();
            throw new InvalidOperationException("main broke");
        });
        var client = await harness.ConnectAsync();

        // Act
        await client.Client.WaitForAsync(_ => client.Errors.Count > 0, TestTimeouts.Condition);
        await client.SendAsync(c => c.ResizeAsync(321, 100));

        // Assert
        await client.WaitForTextAsync("321");
        var error = Assert.Single(client.Errors);
        Assert.Equal(ErrorCode.HandlerFailed, error.Code);
        Assert.Contains("main broke", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTask_BodyThrows_ReportedAndSessionGoesOn()
    {
        // Arrange
        await using var harness = SessionHarness.For(page =>
        {
            var status = new Text("idle");
            page.Add(
                new ElevatedButton("start") { OnClick = _ => page.RunTask(async ct => { await Task.Yield(); throw new InvalidOperationException("task broke"); }) },
                new ElevatedButton("next") { OnClick = _ => status.Value = "still here" },
                status);
        });
        var client = await harness.ConnectAsync();

        // Act
        await client.ClickAsync("start");
        await client.Client.WaitForAsync(_ => client.Errors.Count > 0, TestTimeouts.Condition);
        await client.ClickAsync("next");

        // Assert
        await client.WaitForTextAsync("still here");
        var error = Assert.Single(client.Errors);
        Assert.Equal(ErrorCode.HandlerFailed, error.Code);
        Assert.Contains("task broke", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Control_ChangedFromTaskRun_ThrowsNamingTheFixAndInvokeAsyncWorks()
    {
        // Arrange
        var text = new Text("before");
        var pages = new TaskCompletionSource<Page>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var harness = SessionHarness.For(page =>
        {
            page.Add(text);
            pages.SetResult(page);
        });
        var client = await harness.ConnectAsync();
        var page = await pages.Task;

        // Act
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => Task.Run(() => text.Value = "from another thread"));
        await page.InvokeAsync(() => text.Value = "through InvokeAsync");

        // Assert
        Assert.Contains("outside the session's turn", refused.Message, StringComparison.Ordinal);
        Assert.Contains("InvokeAsync", refused.Message, StringComparison.Ordinal);
        await client.WaitForTextAsync("through InvokeAsync");
        Assert.Null(client.Client.Inspect(t => t.FindByText("from another thread")));
    }

    private static void Fail(string message) => throw new InvalidOperationException(message);
}
