namespace FletActors.Actors;

/// <summary>An Ask went to an actor that is stopped, so no reply can ever come.</summary>
public sealed class ActorTerminatedException : InvalidOperationException
{
    internal ActorTerminatedException(IActorRef target, Type messageType)
        : base($"Ask to '{target.Path}' with a message of type '{messageType.FullName}' failed: the actor is stopped.")
    {
        Target = target;
        MessageType = messageType;
    }

    /// <summary>The stopped actor.</summary>
    public IActorRef Target { get; }

    /// <summary>The type of the question.</summary>
    public Type MessageType { get; }
}
