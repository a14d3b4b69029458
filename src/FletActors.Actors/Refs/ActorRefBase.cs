namespace FletActors.Actors;

/// <summary>Every ref the kernel hands out derives from this; it adds the system-message channel.</summary>
internal abstract class ActorRefBase : IActorRef
{
    public abstract ActorPath Path { get; }

    public string Name => Path.Name;

    internal abstract ActorSystem System { get; }

    /// <summary>True once the target can never process another message.</summary>
    internal virtual bool IsTerminated => false;

    public abstract void Tell(object message, IActorRef? sender);

    internal abstract void SendSystemMessage(SystemMessage message);

    public bool Equals(IActorRef? other) => other is not null && Path.Equals(other.Path);

    public override bool Equals(object? obj) => obj is IActorRef other && Equals(other);

    public override int GetHashCode() => Path.GetHashCode();

    public override string ToString() => Path.ToString();

    internal static ActorRefBase From(IActorRef actorRef, string paramName)
    {
        ArgumentNullException.ThrowIfNull(actorRef, paramName);
        return actorRef as ActorRefBase ?? throw new ArgumentException(
            $"'{actorRef}' ({actorRef.GetType().FullName}) was not created by a FletActors system; only refs handed "
            + "out by an ActorSystem, an IActorContext or a TestProbe can be used here.", paramName);
    }

    internal static ArgumentNullException NullMessage(IActorRef target, string paramName = "message") => new(
        paramName,
        $"Cannot tell null to '{target.Path}': a message must be an object (use a record or a singleton instance).");
}
