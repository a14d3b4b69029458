namespace FletActors.Actors;

/// <summary>
/// Delivered to a watcher exactly once when a watched actor has stopped (also when it was already dead at
/// <see cref="IActorContext.Watch"/>), unless it was unwatched first.
/// </summary>
public sealed record Terminated
{
    internal Terminated(IActorRef actorRef) => ActorRef = actorRef;

    /// <summary>The actor that stopped.</summary>
    public IActorRef ActorRef { get; }
}
