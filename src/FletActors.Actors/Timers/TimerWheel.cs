namespace FletActors.Actors;

/// <summary>
/// A hashed timer wheel on a <see cref="TimeProvider"/>: one provider timer for the whole system, O(1) arm and
/// cancel, and a fixed array of buckets, so a million armed timers cost one small object each. Time is cut into
/// ticks; an entry fires at the first tick that is at or after its due time (never early, late by less than one
/// tick). The provider timer runs only while entries are armed.
/// </summary>
internal sealed class TimerWheel : IDisposable
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly long _tickLength;
    private readonly WheelEntry?[] _buckets;
    private readonly int _mask;
    private readonly long _origin;
    private readonly ITimer _driver;
    private long _processedTick;
    private int _count;
    private bool _running;
    private bool _disposed;

    internal TimerWheel(TimeProvider time, TimeSpan tick, int size)
    {
        _time = time;
        _tickLength = tick.Ticks;
        _buckets = new WheelEntry?[size];
        _mask = size - 1;
        _origin = time.GetTimestamp();
        _driver = time.CreateTimer(static state => ((TimerWheel)state!).OnTick(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Armed entries.</summary>
    internal int Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    /// <summary>Arms (or re-arms) <paramref name="entry"/> to fire after <paramref name="delay"/>, then every <paramref name="period"/> if positive.</summary>
    internal void Schedule(WheelEntry entry, TimeSpan delay, TimeSpan period)
    {
        var dueTicks = ElapsedTicks() + delay.Ticks;
        var deadline = (dueTicks + _tickLength - 1) / _tickLength;
        var periodTicks = period > TimeSpan.Zero ? Math.Max(1, (period.Ticks + _tickLength - 1) / _tickLength) : 0;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (entry.Bucket >= 0)
            {
                Unlink(entry);
            }

            if (!_running)
            {
                _processedTick = ElapsedTicks() / _tickLength;
                _running = true;
                var untilNextTick = ((_processedTick + 1) * _tickLength) - ElapsedTicks();
                _driver.Change(TimeSpan.FromTicks(Math.Max(1, untilNextTick)), TimeSpan.FromTicks(_tickLength));
            }

            entry.DeadlineTick = Math.Max(deadline, _processedTick + 1);
            entry.PeriodTicks = periodTicks;
            Link(entry);
        }
    }

    /// <summary>Disarms <paramref name="entry"/>; false when it was not armed.</summary>
    internal bool Cancel(WheelEntry entry)
    {
        lock (_lock)
        {
            if (entry.Bucket < 0)
            {
                return false;
            }

            Unlink(entry);
            return true;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _running = false;
        }

        _driver.Dispose();
    }

    private long ElapsedTicks() => _time.GetElapsedTime(_origin).Ticks;

    private void OnTick()
    {
        List<WheelEntry>? due = null;
        var caughtUp = false;
        lock (_lock)
        {
            if (!_running)
            {
                return;
            }

            var now = ElapsedTicks() / _tickLength;
            var last = Math.Min(now, _processedTick + _buckets.Length);
            caughtUp = last > _processedTick + 1;
            for (var tick = _processedTick + 1; tick <= last; tick++)
            {
                CollectDue(tick & _mask, now, ref due);
            }

            _processedTick = Math.Max(_processedTick, now);
            if (_count == 0)
            {
                _running = false;
                _driver.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
        }

        if (due is null)
        {
            return;
        }

        // Catching up several ticks at once (a late provider timer): still fire in due order, ties in arming order.
        var ordered = caughtUp && due.Count > 1 ? due.OrderBy(static entry => entry.DeadlineTick).ToList() : due;
        foreach (var entry in ordered)
        {
            entry.Fire();
        }
    }

    private void CollectDue(long bucket, long now, ref List<WheelEntry>? due)
    {
        var head = _buckets[bucket];
        if (head is null)
        {
            return;
        }

        var entry = head;
        var last = head.Previous!;
        while (true)
        {
            var next = entry.Next!;
            var isLast = ReferenceEquals(entry, last);
            if (entry.DeadlineTick <= now)
            {
                (due ??= []).Add(entry);
                Unlink(entry);
                if (entry.PeriodTicks > 0)
                {
                    // Fixed rate without drift; ticks missed while the process stalled are skipped, not bunched.
                    var deadline = entry.DeadlineTick + entry.PeriodTicks;
                    entry.DeadlineTick = deadline > now ? deadline : now + 1;
                    Link(entry);
                }
            }

            if (isLast)
            {
                return;
            }

            entry = next;
        }
    }

    /// <summary>Appends to the bucket's circular list, so entries due in the same tick fire in arming order.</summary>
    private void Link(WheelEntry entry)
    {
        var bucket = (int)(entry.DeadlineTick & _mask);
        entry.Bucket = bucket;
        var head = _buckets[bucket];
        if (head is null)
        {
            entry.Next = entry.Previous = entry;
            _buckets[bucket] = entry;
        }
        else
        {
            var tail = head.Previous!;
            entry.Previous = tail;
            entry.Next = head;
            tail.Next = entry;
            head.Previous = entry;
        }

        _count++;
    }

    private void Unlink(WheelEntry entry)
    {
        var bucket = entry.Bucket;
        if (ReferenceEquals(entry.Next, entry))
        {
            _buckets[bucket] = null;
        }
        else
        {
            entry.Previous!.Next = entry.Next;
            entry.Next!.Previous = entry.Previous;
            if (ReferenceEquals(_buckets[bucket], entry))
            {
                _buckets[bucket] = entry.Next;
            }
        }

        entry.Next = entry.Previous = null;
        entry.Bucket = -1;
        _count--;
    }
}
