namespace FletActors.Client;

/// <summary>Exponential backoff with jitter and a cap; pure, the randomness comes in as a number in [0, 1).</summary>
internal static class ReconnectBackoff
{
    /// <summary>The delay before reconnect attempt number <paramref name="attempt"/> (0 for the first).</summary>
    public static TimeSpan Delay(ReconnectOptions options, int attempt, double random01)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attempt);
        var exponential = options.InitialDelay.TotalMilliseconds * Math.Pow(options.Multiplier, attempt);
        var capped = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
        var jittered = capped * (1 + (options.JitterFraction * ((2 * random01) - 1)));
        return TimeSpan.FromMilliseconds(Math.Clamp(jittered, 0, options.MaxDelay.TotalMilliseconds));
    }
}
