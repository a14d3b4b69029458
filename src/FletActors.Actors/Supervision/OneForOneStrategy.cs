namespace FletActors.Actors;

/// <summary>
/// Decides for the failed child alone, with a function of the exception. A <see cref="Directive.Restart"/> beyond
/// <see cref="MaxRetries"/> restarts within <see cref="Window"/> becomes <see cref="Directive.Stop"/>.
/// </summary>
public sealed class OneForOneStrategy : SupervisorStrategy
{
    /// <summary>A strategy with no restart limit.</summary>
    public OneForOneStrategy(Func<Exception, Directive> decider)
        : this(-1, Timeout.InfiniteTimeSpan, decider)
    {
    }

    /// <summary>A strategy with a restart limit.</summary>
    /// <param name="maxRetries">Restarts allowed within <paramref name="window"/>; negative for no limit, 0 for none.</param>
    /// <param name="window">The time window restarts are counted in; <see cref="Timeout.InfiniteTimeSpan"/> counts for ever.</param>
    /// <param name="decider">Picks the directive from the exception.</param>
    public OneForOneStrategy(int maxRetries, TimeSpan window, Func<Exception, Directive> decider)
    {
        ArgumentNullException.ThrowIfNull(decider);
        if (window <= TimeSpan.Zero && window != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "The restart window must be positive or infinite.");
        }

        MaxRetries = maxRetries;
        Window = window;
        Decider = decider;
    }

    /// <summary>Restarts allowed within <see cref="Window"/>; negative means no limit.</summary>
    public int MaxRetries { get; }

    /// <summary>The window restarts are counted in.</summary>
    public TimeSpan Window { get; }

    /// <summary>Picks the directive from the exception.</summary>
    public Func<Exception, Directive> Decider { get; }

    internal override Directive Decide(
        RestartStatistics statistics, Exception cause, TimeProvider time, out bool restartLimitExceeded)
    {
        var directive = Decider(cause);
        restartLimitExceeded = directive == Directive.Restart && !statistics.Count(MaxRetries, Window, time);
        return restartLimitExceeded ? Directive.Stop : directive;
    }
}
