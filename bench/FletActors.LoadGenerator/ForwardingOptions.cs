namespace FletActors.LoadGenerator;

/// <summary>Options of the forwarding measurement (<c>forwarding</c> command), checked by <see cref="Validate"/>.</summary>
internal sealed record ForwardingOptions
{
    /// <summary>Round trips of each measure in all (owned, forwarded, ping), spread over <see cref="Slices"/>.</summary>
    public int RoundTrips { get; init; } = 3000;

    /// <summary>Alternating slices the round trips are measured in.</summary>
    public int Slices { get; init; } = 6;

    /// <summary>Round trips of each measure before measuring (JIT, connections, Akka.Remote associations).</summary>
    public int Warmup { get; init; } = 200;

    /// <summary>Pause after each round trip, so the next starts on quiet streams (the ack of the last batch has landed).</summary>
    public TimeSpan Pause { get; init; } = TimeSpan.FromMilliseconds(2);

    /// <summary>Folder for forwarding.json, forwarding.md and one HdrHistogram percentile file per measure.</summary>
    public string Output { get; init; } = "forwarding-report";

    /// <summary>Throws <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        if (RoundTrips < 1)
        {
            throw new ArgumentException($"--round-trips must be 1 or more (got {RoundTrips}).");
        }

        if (Slices < 1 || Slices > RoundTrips)
        {
            throw new ArgumentException($"--slices must be between 1 and --round-trips (got {Slices}).");
        }

        if (Warmup < 0)
        {
            throw new ArgumentException($"--warmup must not be negative (got {Warmup}).");
        }

        if (Pause < TimeSpan.Zero)
        {
            throw new ArgumentException($"--pause-ms must not be negative (got {Pause.TotalMilliseconds}).");
        }
    }
}
