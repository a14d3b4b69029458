using FletActors.Actors.TestKit;
using FletActors.Actors.Tests.Support;

namespace FletActors.Actors.Tests.Timers;

public sealed class ActorTimerTests : ActorTestKit
{
    private sealed record Tick(string Label, TimeSpan At);

    [Fact]
    public async Task StartSingleTimer_SameKeyWhileOldTickIsEnqueued_NeverDeliversTheStaleTick()
    {
        // Arrange: suspend mode keeps the mailbox closed while "hold" awaits, so the old tick waits in it.
        var probe = CreateTestProbe();
        var gate = new TaskCompletionSource();
        var actor = Sys.Spawn(LambdaActor.Props(async (self, message) =>
        {
            switch (message)
            {
                case "arm":
                    self.Ctx.Timers.StartSingleTimer("key", "old", TimeSpan.FromMilliseconds(10));
                    break;
                case "hold":
                    probe.Ref.Tell("holding", null);
                    await gate.Task;
                    self.Ctx.Timers.StartSingleTimer("key", "new", TimeSpan.FromMilliseconds(10));
                    break;
                case string tick:
                    probe.Ref.Tell(new Tick(tick, Time.Elapsed), null);
                    break;
            }
        }).WithMode(AsyncMode.Suspend));
        actor.Tell("arm", null);
        actor.Tell("hold", null);
        await probe.ExpectMsgAsync("holding");

        // Act
        Time.Advance(TimeSpan.FromMilliseconds(10));
        gate.SetResult();
        await AwaitConditionAsync(() => Sys.TimerWheel.Count == 1, message: "the replacement timer is armed");
        Time.Advance(TimeSpan.FromMilliseconds(10));

        // Assert
        Assert.Equal(new Tick("new", TimeSpan.FromMilliseconds(20)), await probe.ExpectMsgAsync<Tick>());
        await probe.ExpectNoMsgAsync();
    }

    [Fact]
    public async Task StartSingleTimer_AdvancedJustShort_FiresNotEarlyAndExactlyOnDue()
    {
        // Arrange
        var probe = CreateTestProbe();
        var actor = Sys.Spawn(TickReporter(probe, self => self.Ctx.Timers.StartSingleTimer("k", "once", TimeSpan.FromMilliseconds(250))));
        await probe.ExpectMsgAsync("armed");

        // Act
        Time.Advance(TimeSpan.FromMilliseconds(249));
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
        Time.Advance(TimeSpan.FromMilliseconds(1));

        // Assert
        Assert.Equal(new Tick("once", TimeSpan.FromMilliseconds(250)), await probe.ExpectMsgAsync<Tick>());
        Time.Advance(TimeSpan.FromSeconds(1));
        await probe.ExpectNoMsgAsync();
        Assert.NotNull(actor);
    }

    [Fact]
    public async Task StartPeriodicTimer_Advancing_FiresOncePerIntervalAtEachDueTime()
    {
        // Arrange
        var probe = CreateTestProbe();
        Sys.Spawn(TickReporter(probe, self => self.Ctx.Timers.StartPeriodicTimer("k", "tick", TimeSpan.FromMilliseconds(100))));
        await probe.ExpectMsgAsync("armed");

        // Act and Assert: step by step, so the handler's reading of the clock is the tick's due time.
        for (var i = 1; i <= 3; i++)
        {
            Time.Advance(TimeSpan.FromMilliseconds(99));
            await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(30));
            Time.Advance(TimeSpan.FromMilliseconds(1));
            Assert.Equal(TimeSpan.FromMilliseconds(100 * i), (await probe.ExpectMsgAsync<Tick>()).At);
        }

        Time.Advance(TimeSpan.FromMilliseconds(50));
        await probe.ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Timers_ActorStopped_AreCancelledAndNeverFire()
    {
        // Arrange
        var probe = CreateTestProbe();
        var actor = Sys.Spawn(TickReporter(probe, self =>
        {
            self.Ctx.Timers.StartPeriodicTimer("p", "periodic", TimeSpan.FromMilliseconds(100));
            self.Ctx.Timers.StartSingleTimer("s", "single", TimeSpan.FromMilliseconds(100));
        }));
        await probe.ExpectMsgAsync("armed");
        probe.Watch(actor);

        // Act
        Sys.Stop(actor);
        await probe.ExpectTerminatedAsync(actor);
        Time.Advance(TimeSpan.FromSeconds(1));

        // Assert
        Assert.Equal(0, Sys.TimerWheel.Count);
        await probe.ExpectNoMsgAsync();
        Assert.Equal(0, Sys.DeadLetters.Count);
    }

    [Fact]
    public async Task CancelAndIsTimerActive_ReflectTheTimerState()
    {
        // Arrange
        var probe = CreateTestProbe();
        var actor = Sys.Spawn(LambdaActor.Props((self, message) =>
        {
            var timers = self.Ctx.Timers;
            switch (message)
            {
                case "start":
                    timers.StartSingleTimer("k", "fired", TimeSpan.FromMilliseconds(10));
                    probe.Ref.Tell(timers.IsTimerActive("k"), null);
                    timers.Cancel("k");
                    probe.Ref.Tell(timers.IsTimerActive("k"), null);
                    break;
                case "fired":
                    probe.Ref.Tell("fired", null);
                    break;
            }
        }));

        // Act
        actor.Tell("start", null);

        // Assert
        Assert.True(await probe.ExpectMsgAsync<bool>());
        Assert.False(await probe.ExpectMsgAsync<bool>());
        Time.Advance(TimeSpan.FromMilliseconds(50));
        await probe.ExpectNoMsgAsync();
    }

    [Fact]
    public void Timers_OutsideTheTurn_ThrowClearError()
    {
        // Arrange
        IActorContext? context = null;
        var actor = Sys.Spawn(LambdaActor.Props((self, _) => context = self.Ctx));

        // Act
        actor.Tell("capture", null);
        var captured = SpinUntil(() => context);

        // Assert
        var error = Assert.Throws<InvalidOperationException>(() =>
            captured.Timers.StartSingleTimer("k", "m", TimeSpan.FromSeconds(1)));
        Assert.Contains("outside that actor's turn", error.Message, StringComparison.Ordinal);
    }

    private static T SpinUntil<T>(Func<T?> read)
        where T : class
    {
        T? value = null;
        Assert.True(SpinWait.SpinUntil(() => (value = read()) is not null, TimeSpan.FromSeconds(5)));
        return value!;
    }

    private Props TickReporter(TestProbe probe, Action<LambdaActor> arm) => Props.Create(() =>
        new LambdaActor((_, message) =>
        {
            probe.Ref.Tell(new Tick((string)message, Time.Elapsed), null);
            return Task.CompletedTask;
        })
        {
            OnPreStart = self =>
            {
                arm(self);
                probe.Ref.Tell("armed", null);
            },
        });
}
