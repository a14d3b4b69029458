using FletActors.Actors.TestKit;

namespace FletActors.Actors.Tests.TestKit;

public sealed class VirtualTimeProviderTests
{
    [Fact]
    public async Task TaskDelay_WithTheProvider_CompletesOnlyWhenAdvancedToDue()
    {
        // Arrange
        var time = new VirtualTimeProvider();
        var delay = Task.Delay(TimeSpan.FromSeconds(1), time);

        // Act
        time.Advance(TimeSpan.FromMilliseconds(999));
        var early = delay.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));

        // Assert
        Assert.False(early);
        await delay.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void CancellationTokenSource_WithTheProvider_CancelsAtDue()
    {
        // Arrange
        var time = new VirtualTimeProvider();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2), time);

        // Act
        time.Advance(TimeSpan.FromSeconds(2));

        // Assert
        Assert.True(cts.IsCancellationRequested);
    }

    [Fact]
    public void CreateTimer_PeriodicChangedAndDisposed_FiresExactlyAsConfigured()
    {
        // Arrange
        var time = new VirtualTimeProvider();
        var fired = new List<TimeSpan>();
        var timer = time.CreateTimer(_ => fired.Add(time.Elapsed), null, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20));

        // Act
        time.Advance(TimeSpan.FromMilliseconds(50));
        timer.Change(TimeSpan.FromMilliseconds(5), Timeout.InfiniteTimeSpan);
        time.Advance(TimeSpan.FromMilliseconds(50));
        timer.Change(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(1));
        timer.Dispose();
        time.Advance(TimeSpan.FromMilliseconds(50));

        // Assert
        Assert.Equal([10, 30, 50, 55], fired.Select(t => (int)t.TotalMilliseconds));
        Assert.False(timer.Change(TimeSpan.Zero, TimeSpan.Zero));
    }

    [Fact]
    public void Advance_SeveralTimers_FiresInDueOrderWithTheClockAtEachDueTime()
    {
        // Arrange
        var time = new VirtualTimeProvider();
        var fired = new List<(string Name, TimeSpan At)>();
        foreach (var (name, ms) in new[] { ("c", 30), ("a", 10), ("b", 20), ("a2", 10) })
        {
            time.CreateTimer(_ => fired.Add((name, time.Elapsed)), null, TimeSpan.FromMilliseconds(ms), Timeout.InfiniteTimeSpan);
        }

        // Act
        time.Advance(TimeSpan.FromMilliseconds(25));

        // Assert
        Assert.Equal([("a", TimeSpan.FromMilliseconds(10)), ("a2", TimeSpan.FromMilliseconds(10)), ("b", TimeSpan.FromMilliseconds(20))], fired);
        Assert.Equal(TimeSpan.FromMilliseconds(25), time.Elapsed);
        Assert.Equal(time.UtcNow, time.GetUtcNow());
    }

    [Fact]
    public void Advance_TimerArmedByACallbackWithinTheWindow_FiresInTheSameAdvance()
    {
        // Arrange
        var time = new VirtualTimeProvider();
        var fired = new List<int>();
        time.CreateTimer(
            _ =>
            {
                fired.Add(1);
                time.CreateTimer(_ => fired.Add(2), null, TimeSpan.FromMilliseconds(5), Timeout.InfiniteTimeSpan);
            },
            null,
            TimeSpan.FromMilliseconds(5),
            Timeout.InfiniteTimeSpan);

        // Act
        time.Advance(TimeSpan.FromMilliseconds(10));

        // Assert
        Assert.Equal([1, 2], fired);
    }

    [Fact]
    public void Advance_FromACallback_Throws()
    {
        // Arrange
        var time = new VirtualTimeProvider();
        Exception? error = null;
        time.CreateTimer(_ => error = Record.Exception(() => time.Advance(TimeSpan.FromSeconds(1))), null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        // Act
        time.Advance(TimeSpan.Zero);

        // Assert
        Assert.IsType<InvalidOperationException>(error);
    }
}
