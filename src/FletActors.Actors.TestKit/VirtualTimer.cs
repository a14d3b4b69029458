namespace FletActors.Actors.TestKit;

/// <summary>A timer of a <see cref="VirtualTimeProvider"/>; re-arming bumps the version so stale queue entries are skipped.</summary>
internal sealed class VirtualTimer(VirtualTimeProvider owner, TimerCallback callback, object? state) : ITimer
{
    private readonly Lock _lock = new();
    private long _version;
    private long _period;
    private bool _armed;
    private bool _disposed;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime < TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(dueTime), dueTime, "The due time must be non-negative or infinite.");
        }

        if (period < TimeSpan.Zero && period != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "The period must be non-negative or infinite.");
        }

        long version;
        lock (_lock)
        {
            if (_disposed)
            {
                return false;
            }

            version = ++_version;
            _armed = dueTime != Timeout.InfiniteTimeSpan;
            _period = period == Timeout.InfiniteTimeSpan ? 0 : period.Ticks;
        }

        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            owner.Arm(this, version, dueTime);
        }

        return true;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _armed = false;
            _version++;
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal bool IsArmedWith(long version)
    {
        lock (_lock)
        {
            return _armed && _version == version;
        }
    }

    /// <summary>Called under the provider's lock when this timer is taken for firing: re-arms a periodic timer.</summary>
    internal void OnFiring(long due)
    {
        long version;
        long period;
        lock (_lock)
        {
            period = _period;
            if (period == 0)
            {
                _armed = false;
                return;
            }

            version = _version;
        }

        owner.Arm(this, version, TimeSpan.FromTicks(due + period - owner.GetTimestamp()));
    }

    internal void Invoke() => callback(state);
}
