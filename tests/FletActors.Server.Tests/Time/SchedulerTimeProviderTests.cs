using Akka.Actor;
using FletActors.Server.Tests.Support;
using FletActors.Sessions.Time;

namespace FletActors.Server.Tests.Time;

/// <summary>Page.TimeProvider on the actor system's scheduler: virtual under the TestScheduler, real otherwise.</summary>
public sealed class SchedulerTimeProviderTests : VirtualTimeTestKit
{
    [Fact]
    public void Delay_UnderTestScheduler_CompletesWhenVirtualTimeReachesItAndNotBefore()
    {
        // Arrange
        var time = new SchedulerTimeProvider(Sys.Scheduler);
        var delay = Task.Delay(TimeSpan.FromSeconds(1), time);

        // Act
        Scheduler.Advance(TimeSpan.FromMilliseconds(999));
        var early = delay.IsCompleted;
        Scheduler.Advance(TimeSpan.FromMilliseconds(1));

        // Assert
        Assert.False(early);
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public void Clock_UnderTestScheduler_MovesOnlyWithAdvance()
    {
        // Arrange
        var time = new SchedulerTimeProvider(Sys.Scheduler);
        var start = time.GetTimestamp();
        var now = time.GetUtcNow();

        // Act
        Scheduler.Advance(TimeSpan.FromMinutes(5));

        // Assert
        Assert.Equal(TimeSpan.FromMinutes(5), time.GetElapsedTime(start));
        Assert.Equal(now + TimeSpan.FromMinutes(5), time.GetUtcNow());
    }

    [Fact]
    public void Timer_ChangedBeforeItFires_OnlyTheNewDueTimeCounts()
    {
        // Arrange
        var time = new SchedulerTimeProvider(Sys.Scheduler);
        var ticks = 0;
        using var timer = time.CreateTimer(_ => ticks++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        // Act
        timer.Change(TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan);
        Scheduler.Advance(TimeSpan.FromSeconds(2));
        var afterTwo = ticks;
        Scheduler.Advance(TimeSpan.FromSeconds(1));

        // Assert: the stale one-second tick was dropped
        Assert.Equal((0, 1), (afterTwo, ticks));
    }

    [Fact]
    public void Timer_Periodic_TicksOncePerPeriodUntilDisposed()
    {
        // Arrange
        var time = new SchedulerTimeProvider(Sys.Scheduler);
        var ticks = 0;
        var timer = time.CreateTimer(_ => ticks++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        // Act
        var seen = new List<int>();
        for (var second = 0; second < 3; second++)
        {
            Scheduler.Advance(TimeSpan.FromSeconds(1));
            seen.Add(ticks);
        }

        timer.Dispose();
        Scheduler.Advance(TimeSpan.FromSeconds(5));

        // Assert
        Assert.Equal([1, 2, 3], seen);
        Assert.Equal(3, ticks);
        Assert.False(timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
    }

    [Fact]
    public async Task Delay_OnTheDefaultScheduler_CompletesInRealTimeOnAMonotonicClock()
    {
        // Arrange
        var system = ActorSystem.Create("real-time");
        try
        {
            var time = new SchedulerTimeProvider(system.Scheduler);
            var start = time.GetTimestamp();

            // Act
            await Task.Delay(TimeSpan.FromMilliseconds(50), time).WaitAsync(TestTimeouts.Condition);

            // Assert: the clock is Stopwatch's, not the wall clock's
            Assert.Equal(System.Diagnostics.Stopwatch.Frequency, time.TimestampFrequency);
            Assert.True(time.GetElapsedTime(start) >= TimeSpan.FromMilliseconds(40));
        }
        finally
        {
            await system.Terminate();
        }
    }
}
