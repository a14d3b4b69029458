using FletActors.UI.Tests.Hosting;

namespace FletActors.UI.Tests.Controls;

public class TaskTests
{
    [Fact]
    public void Countdown_VirtualSeconds_UpdatesEverySecondFromItsTask()
    {
        var time = new ManualTimeProvider();
        var session = new MirroredSession(time);
        var countdown = new Countdown(3);
        session.Turn(() => session.Page.Add(countdown));

        session.RunPending();
        var shown = new List<string> { session.Mirror[countdown.Id].Props["value"].StringValue };
        for (var i = 0; i < 3; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            session.RunPending();
            shown.Add(session.Mirror[countdown.Id].Props["value"].StringValue);
        }

        Assert.Equal(["00:03", "00:02", "00:01", "00:01"], shown);
        Assert.True(countdown.Finished);
        Assert.Same(countdown, Assert.Single(session.Host.Tasks).Owner);
    }

    [Fact]
    public void RunTask_OwnerUnmounts_TokenCancelled()
    {
        var time = new ManualTimeProvider();
        var session = new MirroredSession(time);
        var countdown = new Countdown(60);
        session.Turn(() => session.Page.Add(countdown));
        session.RunPending();

        session.Turn(() => session.Page.Remove(countdown));
        session.RunPending();

        var task = Assert.Single(session.Host.Tasks).Task;
        Assert.True(task.IsCancellationRequested);
        Assert.True(task.Completion.IsCompleted);
        Assert.Empty(session.Host.Failures);
    }

    [Fact]
    public void RunTask_Cancel_StopsTheBody()
    {
        var time = new ManualTimeProvider();
        var session = new MirroredSession(time);
        var ticks = 0;
        IPageTask? handle = null;
        session.Turn(() => handle = session.Page.RunTask(async ct =>
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), session.Page.TimeProvider, ct);
                ticks++;
            }
        }));
        for (var i = 0; i < 2; i++)
        {
            session.RunPending();
            time.Advance(TimeSpan.FromSeconds(1));
        }

        session.RunPending();
        handle!.Cancel();
        session.RunPending();
        time.Advance(TimeSpan.FromSeconds(5));
        session.RunPending();

        Assert.Equal(2, ticks);
        Assert.True(handle.Completion.IsCompleted);
    }

    [Fact]
    public void AsyncHandler_ContinuationAfterAwait_RunsAsLaterTurnAndIsSent()
    {
        var time = new ManualTimeProvider();
        var session = new MirroredSession(time);
        var button = new ElevatedButton("Say hello with delay!");
        session.Turn(() =>
        {
            button.OnClick = async _ =>
            {
                await Task.Delay(TimeSpan.FromSeconds(1), session.Page.TimeProvider);
                session.Page.Add(new Text("Hello!"));
            };
            session.Page.Add(button);
        });

        session.Turn(() => session.Page.DispatchEvent(button.Id, "click", string.Empty));
        session.Turn(() => session.Page.DispatchEvent(button.Id, "click", string.Empty));
        Assert.Single(session.Page.Controls);
        Assert.Equal(2, session.Host.PendingAsyncOperations);

        time.Advance(TimeSpan.FromSeconds(1));
        session.RunPending();

        Assert.Equal(3, session.Page.Controls.Count);
        Assert.Equal(0, session.Host.PendingAsyncOperations);
    }

    [Fact]
    public void AsyncHandler_ThrowsAfterAwait_ExceptionReachesTheSession()
    {
        var session = new MirroredSession();
        var button = new ElevatedButton("fail");
        session.Turn(() =>
        {
            button.OnClick = async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException("boom");
            };
            session.Page.Add(button);
        });

        session.Turn(() => session.Page.DispatchEvent(button.Id, "click", string.Empty));
        session.Host.RunPending();

        Assert.Equal("boom", Assert.Single(session.Host.Failures).Message);
    }
}
