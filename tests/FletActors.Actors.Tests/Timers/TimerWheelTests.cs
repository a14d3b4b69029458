using FletActors.Actors.TestKit;

namespace FletActors.Actors.Tests.Timers;

public sealed class TimerWheelTests
{
    [Fact]
    public void Schedule_ManyDelays_FireInDueOrderAndNeverEarly()
    {
        // Arrange
        var time = new VirtualTimeProvider();
        using var wheel = new TimerWheel(time, TimeSpan.FromMilliseconds(1), 8);
        var fired = new List<(int Id, TimeSpan At)>();
        var delays = new[] { 30, 5, 17, 5, 9, 100, 1 };
        for (var i = 0; i < delays.Length; i++)
        {
            var id = i;
            wheel.Schedule(new Probe(() => fired.Add((id, time.Elapsed))), TimeSpan.FromMilliseconds(delays[i]), TimeSpan.Zero);
        }

        // Act
        time.Advance(TimeSpan.FromMilliseconds(99));

        // Assert: ids 1 and 3 are both due at 5 ms and fire in arming order; wrapping the 8-slot wheel is fine.
        Assert.Equal([6, 1, 3, 4, 2, 0], fired.Select(f => f.Id));
        Assert.All(fired, f => Assert.Equal(TimeSpan.FromMilliseconds(delays[f.Id]), f.At));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(5, fired[^1].Id);
        Assert.Equal(0, wheel.Count);
    }

    [Fact]
    public void Cancel_ArmedEntry_NeverFires()
    {
        // Arrange
        var time = new VirtualTimeProvider();
        using var wheel = new TimerWheel(time, TimeSpan.FromMilliseconds(1), 64);
        var fired = 0;
        var entry = new Probe(() => fired++);
        wheel.Schedule(entry, TimeSpan.FromMilliseconds(10), TimeSpan.Zero);

        // Act
        var cancelled = wheel.Cancel(entry);
        time.Advance(TimeSpan.FromSeconds(1));

        // Assert
        Assert.True(cancelled);
        Assert.Equal(0, fired);
        Assert.False(wheel.Cancel(entry));
    }

    [Fact]
    public void Schedule_Periodic_FiresEveryPeriodWithoutDrift()
    {
        // Arrange
        var time = new VirtualTimeProvider();
        using var wheel = new TimerWheel(time, TimeSpan.FromMilliseconds(10), 16);
        var fired = new List<TimeSpan>();
        wheel.Schedule(new Probe(() => fired.Add(time.Elapsed)), TimeSpan.FromMilliseconds(30), TimeSpan.FromMilliseconds(70));

        // Act
        time.Advance(TimeSpan.FromMilliseconds(250));

        // Assert
        Assert.Equal([30, 100, 170, 240], fired.Select(t => (int)t.TotalMilliseconds));
        Assert.Equal(1, wheel.Count);
    }

    [Fact]
    public void Schedule_DelayBetweenTicks_FiresAtTheNextTickNotBefore()
    {
        // Arrange
        var time = new VirtualTimeProvider();
        using var wheel = new TimerWheel(time, TimeSpan.FromMilliseconds(10), 16);
        var fired = new List<TimeSpan>();
        wheel.Schedule(new Probe(() => fired.Add(time.Elapsed)), TimeSpan.FromMilliseconds(15), TimeSpan.Zero);

        // Act
        time.Advance(TimeSpan.FromMilliseconds(19));
        var beforeTick = fired.Count;
        time.Advance(TimeSpan.FromMilliseconds(1));

        // Assert
        Assert.Equal(0, beforeTick);
        Assert.Equal([TimeSpan.FromMilliseconds(20)], fired);
    }

    [Fact]
    public void Idle_NoEntries_StopsItsProviderTimer()
    {
        // Arrange
        var time = new VirtualTimeProvider();
        using var wheel = new TimerWheel(time, TimeSpan.FromMilliseconds(1), 16);
        wheel.Schedule(new Probe(() => { }), TimeSpan.FromMilliseconds(3), TimeSpan.Zero);

        // Act
        time.Advance(TimeSpan.FromMilliseconds(10));

        // Assert
        Assert.Equal(0, time.ArmedTimerCount);
    }

    private sealed class Probe(Action onFire) : WheelEntry
    {
        internal override void Fire() => onFire();
    }
}
