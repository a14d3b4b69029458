namespace FletActors.Actors.TestKit;

/// <summary>
/// A clock that moves only when a test calls <see cref="Advance"/>. Works with .NET's own
/// <c>Task.Delay(TimeSpan, TimeProvider)</c>, <c>CancellationTokenSource(TimeSpan, TimeProvider)</c> and the actor
/// timer wheel. Advancing by N fires exactly the timers due within N, in due order (ties in arming order), each
/// with the clock set to its due time, and nothing early. Timers due at or before the current time fire on the
/// next <see cref="Advance"/>, including <c>Advance(TimeSpan.Zero)</c>. Safe to call from any thread while actors
/// run; callbacks run on the advancing thread.
/// </summary>
public sealed class VirtualTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly Lock _advanceLock = new();
    private readonly PriorityQueue<(VirtualTimer Timer, long Version), (long Due, long Sequence)> _queue = new();
    private readonly DateTimeOffset _start;
    private long _now;
    private long _sequence;

    /// <summary>Starts the clock at <paramref name="start"/>, or 2000-01-01 UTC.</summary>
    public VirtualTimeProvider(DateTimeOffset? start = null)
    {
        _start = start ?? new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }

    /// <summary>The current virtual time.</summary>
    public DateTimeOffset UtcNow => GetUtcNow();

    /// <summary>Virtual time elapsed since the start.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _now));

    /// <summary>Timers currently armed.</summary>
    public int ArmedTimerCount
    {
        get
        {
            lock (_lock)
            {
                return _queue.UnorderedItems.Count(item => item.Element.Timer.IsArmedWith(item.Element.Version));
            }
        }
    }

    /// <inheritdoc/>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => _start.AddTicks(Interlocked.Read(ref _now));

    /// <inheritdoc/>
    public override long GetTimestamp() => Interlocked.Read(ref _now);

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="by"/>, firing every timer due on the way.</summary>
    /// <exception cref="InvalidOperationException">Called from inside a timer callback.</exception>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        if (_advanceLock.IsHeldByCurrentThread)
        {
            throw new InvalidOperationException("Advance was called from a timer callback; advance time from the test only.");
        }

        lock (_advanceLock)
        {
            var target = Interlocked.Read(ref _now) + by.Ticks;
            while (TryTakeDue(target, out var timer))
            {
                timer.Invoke();
            }

            Interlocked.Exchange(ref _now, target);
        }
    }

    internal long Arm(VirtualTimer timer, long version, TimeSpan dueTime)
    {
        lock (_lock)
        {
            var due = Interlocked.Read(ref _now) + dueTime.Ticks;
            _queue.Enqueue((timer, version), (due, _sequence++));
            return due;
        }
    }

    private bool TryTakeDue(long target, out VirtualTimer timer)
    {
        lock (_lock)
        {
            while (_queue.TryPeek(out var item, out var priority))
            {
                if (!item.Timer.IsArmedWith(item.Version))
                {
                    _queue.Dequeue();
                    continue;
                }

                if (priority.Due > target)
                {
                    break;
                }

                _queue.Dequeue();
                if (priority.Due > Interlocked.Read(ref _now))
                {
                    Interlocked.Exchange(ref _now, priority.Due);
                }

                timer = item.Timer;
                timer.OnFiring(priority.Due);
                return true;
            }
        }

        timer = null!;
        return false;
    }
}
