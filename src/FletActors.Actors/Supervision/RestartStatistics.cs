namespace FletActors.Actors;

/// <summary>Restarts of one child within the current window; kept by the parent, used in its turns only.</summary>
internal sealed class RestartStatistics
{
    private int _count;
    private long _windowStart;

    /// <summary>Counts a restart; false when it exceeds <paramref name="maxRetries"/> within <paramref name="window"/>.</summary>
    internal bool Count(int maxRetries, TimeSpan window, TimeProvider time)
    {
        if (maxRetries < 0)
        {
            return true;
        }

        var now = time.GetTimestamp();
        if (window != Timeout.InfiniteTimeSpan && (_count == 0 || time.GetElapsedTime(_windowStart, now) > window))
        {
            _windowStart = now;
            _count = 0;
        }

        _count++;
        return _count <= maxRetries;
    }
}
