namespace FletActors.Actors;

/// <summary>
/// The address of an actor. Tell it messages, ask it questions (<see cref="ActorRefExtensions.Ask{T}"/>), watch it.
/// Two refs are equal when they name the same actor incarnation (same <see cref="ActorPath"/>, including its uid).
/// </summary>
public interface IActorRef : IEquatable<IActorRef>
{
    /// <summary>The actor's unique path in its system.</summary>
    ActorPath Path { get; }

    /// <summary>The last element of <see cref="Path"/>.</summary>
    string Name { get; }

    /// <summary>
    /// Enqueues <paramref name="message"/> for the actor; <paramref name="sender"/> is where replies go (null for none).
    /// Never blocks. A message to a stopped actor goes to the system's dead letters.
    /// </summary>
    /// <exception cref="ArgumentNullException">The message is null.</exception>
    void Tell(object message, IActorRef? sender);
}
