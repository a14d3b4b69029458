namespace FletActors.Actors;

/// <summary>
/// The parts of a cell most actors never use, allocated on first use so an idle actor stays small.
/// Touched only inside the cell's turns, except <see cref="Children"/> which locks itself.
/// </summary>
internal sealed class CellExtras
{
    internal ChildrenContainer? Children;
    internal HashSet<IActorRef>? Watchers;
    internal HashSet<IActorRef>? Watching;
    internal ActorTimerScheduler? Timers;
    internal PendingHandler? AwaitedHandler;
    internal Exception? RestartCause;

    /// <summary>Restarts of each child, counted by this actor's strategy.</summary>
    internal Dictionary<IActorRef, RestartStatistics>? RestartStatistics;
}
