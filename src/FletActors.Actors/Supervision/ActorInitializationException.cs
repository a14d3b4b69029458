namespace FletActors.Actors;

/// <summary>The actor's constructor, PreStart or PostRestart threw; the inner exception says why.</summary>
public sealed class ActorInitializationException : Exception
{
    internal ActorInitializationException(IActorRef actor, Exception inner)
        : base($"Actor '{actor.Path}' failed to start: {inner.Message}", inner) => Actor = actor;

    /// <summary>The actor that failed to start.</summary>
    public IActorRef Actor { get; }
}
