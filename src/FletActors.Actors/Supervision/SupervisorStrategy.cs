namespace FletActors.Actors;

/// <summary>How a parent handles the failures of its children. Set it in <see cref="Props"/> or override <see cref="Actor.SupervisorStrategy"/>.</summary>
public abstract class SupervisorStrategy
{
    /// <summary>
    /// Akka's default: restart on any exception, stop when the actor fails to start
    /// (<see cref="ActorInitializationException"/>), no restart limit; failures are logged.
    /// </summary>
    public static SupervisorStrategy Default { get; } = new OneForOneStrategy(static exception =>
        exception is ActorInitializationException ? Directive.Stop : Directive.Restart);

    /// <summary>Whether the kernel logs each failure with the directive taken.</summary>
    public bool LogFailures { get; init; } = true;

    /// <summary>Decides for one failure of a child, counting restarts in <paramref name="statistics"/>.</summary>
    internal abstract Directive Decide(
        RestartStatistics statistics, Exception cause, TimeProvider time, out bool restartLimitExceeded);
}
