namespace FletActors.Sessions;

/// <summary>Limits and timings of page sessions. Every value is named in configuration under <c>FletActors:</c>.</summary>
public sealed record SessionOptions
{
    /// <summary>How long a session survives without a connected client before it closes (<c>SessionTimeoutSeconds</c>).</summary>
    public TimeSpan SessionTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The most sessions one node holds; a new session beyond it is refused (<c>MaxSessions</c>).</summary>
    public int MaxSessions { get; init; } = 20_000;

    /// <summary>The most patch batches sent ahead of the client's acknowledgements (<c>MaxUnackedBatches</c>).</summary>
    public int MaxUnackedBatches { get; init; } = 32;

    /// <summary>Sustained client events per second one session accepts (<c>MaxEventsPerSecond</c>); bursts up to twice that.</summary>
    public int MaxEventsPerSecond { get; init; } = 50;

    /// <summary>The most controls one session's page may hold (<c>MaxControlsPerSession</c>).</summary>
    public int MaxControlsPerSession { get; init; } = 10_000;

    /// <summary>
    /// The longest key name a keyboard event may carry, in UTF-16 code units (<c>MaxKeyLength</c>); Flet's names are
    /// short ("Arrow Down", "Audio Volume Up"), so a longer one is refused as malformed.
    /// </summary>
    public int MaxKeyLength { get; init; } = 64;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first value out of range.</summary>
    public void Validate()
    {
        Require(SessionTimeout > TimeSpan.Zero && SessionTimeout <= TimeSpan.FromDays(1), "SessionTimeoutSeconds", "between 1 and 86400");
        Require(MaxSessions is > 0 and <= 10_000_000, "MaxSessions", "between 1 and 10000000");
        Require(MaxUnackedBatches is > 0 and <= 10_000, "MaxUnackedBatches", "between 1 and 10000");
        Require(MaxEventsPerSecond is > 0 and <= 100_000, "MaxEventsPerSecond", "between 1 and 100000");
        Require(MaxControlsPerSession is > 0 and <= 10_000_000, "MaxControlsPerSession", "between 1 and 10000000");
        Require(MaxKeyLength is > 0 and <= 4096, "MaxKeyLength", "between 1 and 4096");
    }

    private static void Require(bool ok, string name, string range)
    {
        if (!ok)
        {
            throw new ArgumentException($"FletActors:{name} must be {range}.", name);
        }
    }
}
