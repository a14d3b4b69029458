namespace FletActors.Client;

/// <summary>How the session client reconnects after a dropped connection.</summary>
public sealed record ReconnectOptions
{
    /// <summary>The delay before the first reconnect attempt.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest delay between attempts, jitter included.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The factor the delay grows by with each failed attempt (at least 1).</summary>
    public double Multiplier { get; init; } = 2;

    /// <summary>The spread of the random jitter as a fraction of the delay, in [0, 1]: 0.2 means ±20%.</summary>
    public double JitterFraction { get; init; } = 0.2;

    /// <summary>
    /// How many connection attempts in a row may fail to start or resume a session before the client gives up;
    /// null retries for ever.
    /// </summary>
    public int? MaxConsecutiveFailures { get; init; } = 10;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (InitialDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(InitialDelay)} must not be negative (was {InitialDelay}).");
        }

        if (MaxDelay < InitialDelay)
        {
            throw new ArgumentException($"{nameof(MaxDelay)} ({MaxDelay}) must not be below {nameof(InitialDelay)} ({InitialDelay}).");
        }

        if (!(Multiplier >= 1) || double.IsInfinity(Multiplier))
        {
            throw new ArgumentException($"{nameof(Multiplier)} must be a finite number of at least 1 (was {Multiplier}).");
        }

        if (!(JitterFraction is >= 0 and <= 1))
        {
            throw new ArgumentException($"{nameof(JitterFraction)} must be between 0 and 1 (was {JitterFraction}).");
        }

        if (MaxConsecutiveFailures is < 1)
        {
            throw new ArgumentException($"{nameof(MaxConsecutiveFailures)} must be at least 1 or null (was {MaxConsecutiveFailures}).");
        }
    }
}
