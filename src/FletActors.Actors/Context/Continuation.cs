namespace FletActors.Actors;

/// <summary>A callback posted to an actor's synchronization context, waiting for its turn.</summary>
internal sealed class Continuation(SendOrPostCallback callback, object? state, ActorSynchronizationContext context)
    : SystemMessage
{
    internal SendOrPostCallback Callback { get; } = callback;

    internal object? State { get; } = state;

    internal ActorSynchronizationContext Context { get; } = context;

    public override string ToString() =>
        $"Callback {Callback.Method.DeclaringType?.Name}.{Callback.Method.Name} posted to the actor's SynchronizationContext";
}
