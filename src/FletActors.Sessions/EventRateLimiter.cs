namespace FletActors.Sessions;

/// <summary>
/// A token bucket for one session's client events: <see cref="EventsPerSecond"/> sustained, bursts up to twice
/// that. Also paces the notices that tell a flooding client about it (at most one per second). Thread-safe.
/// </summary>
internal sealed class EventRateLimiter
{
    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly double capacity;
    private double tokens;
    private long refilledAt;
    private long notifiedAt;
    private bool notifiedEver;

    public EventRateLimiter(int eventsPerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(eventsPerSecond, 1);
        ArgumentNullException.ThrowIfNull(time);
        EventsPerSecond = eventsPerSecond;
        this.time = time;
        capacity = 2.0 * eventsPerSecond;
        tokens = capacity;
        refilledAt = time.GetTimestamp();
    }

    public int EventsPerSecond { get; }

    /// <summary>Takes one event from the bucket; false when the session is over its rate.</summary>
    public bool TryTake()
    {
        lock (gate)
        {
            var now = time.GetTimestamp();
            tokens = Math.Min(capacity, tokens + (time.GetElapsedTime(refilledAt, now).TotalSeconds * EventsPerSecond));
            refilledAt = now;
            if (tokens < 1)
            {
                return false;
            }

            tokens -= 1;
            return true;
        }
    }

    /// <summary>True at most once per second: whether the client should be told about dropped events now.</summary>
    public bool ShouldNotify()
    {
        lock (gate)
        {
            var now = time.GetTimestamp();
            if (notifiedEver && time.GetElapsedTime(notifiedAt, now) < TimeSpan.FromSeconds(1))
            {
                return false;
            }

            notifiedEver = true;
            notifiedAt = now;
            return true;
        }
    }
}
