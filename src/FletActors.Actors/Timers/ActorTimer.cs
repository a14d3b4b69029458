namespace FletActors.Actors;

/// <summary>
/// One keyed timer of an actor. When it fires, the entry itself is enqueued; the actor delivers its message only
/// if this entry is still the one registered under its key, which is how a replaced or cancelled timer's tick
/// that was already enqueued is never received.
/// </summary>
internal sealed class ActorTimer(ActorCell owner, object key, object message, bool periodic) : WheelEntry
{
    internal object Key { get; } = key;

    internal object Message { get; } = message;

    internal bool IsPeriodic { get; } = periodic;

    internal override void Fire() => owner.Post(this, null);
}
