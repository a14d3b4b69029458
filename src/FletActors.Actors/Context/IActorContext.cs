namespace FletActors.Actors;

/// <summary>
/// What an actor sees of itself and its surroundings. Members that change the actor (spawn, stop, watch, timers)
/// must be called inside the actor's own turn; elsewhere they throw <see cref="InvalidOperationException"/>.
/// </summary>
public interface IActorContext
{
    /// <summary>This actor's ref.</summary>
    IActorRef Self { get; }

    /// <summary>The sender of the message being handled; kept across awaits inside its handler; null for none.</summary>
    IActorRef? Sender { get; }

    /// <summary>The parent; the system's <c>/user</c> guardian for top-level actors.</summary>
    IActorRef Parent { get; }

    /// <summary>The system this actor lives in.</summary>
    ActorSystem System { get; }

    /// <summary>The Props this actor was created from.</summary>
    Props Props { get; }

    /// <summary>The system's clock; use it for delays so tests can drive time.</summary>
    TimeProvider TimeProvider { get; }

    /// <summary>
    /// The actor's synchronization context. A callback posted to it from any thread runs as a turn of this actor
    /// (in post order, never concurrently with another turn); an exception it throws is a failure of the actor and
    /// goes to supervision, as a handler exception does. Posts after the actor stopped or restarted go to dead
    /// letters and never run. <c>Send</c> runs inline when called inside this actor's turn on this thread and
    /// otherwise throws <see cref="InvalidOperationException"/> rather than block a thread.
    /// </summary>
    SynchronizationContext SynchronizationContext { get; }

    /// <summary>Keyed timers owned by this actor; they die with it.</summary>
    ITimerScheduler Timers { get; }

    /// <summary>A snapshot of the live children.</summary>
    IReadOnlyCollection<IActorRef> Children { get; }

    /// <summary>Creates a child. The name must be unique among the live children; null picks one.</summary>
    /// <exception cref="InvalidActorNameException">The name is taken or malformed.</exception>
    IActorRef Spawn(Props props, string? name = null);

    /// <summary>Stops a child or this actor, asynchronously; its children stop first.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "Stop is the name actor users know; the API is for C#.")]
    void Stop(IActorRef actor);

    /// <summary>
    /// Delivers <see cref="Terminated"/> once when <paramref name="subject"/> stops, or at once if it is already dead.
    /// </summary>
    IActorRef Watch(IActorRef subject);

    /// <summary>Stops watching; no <see cref="Terminated"/> for <paramref name="subject"/> is received afterwards.</summary>
    void Unwatch(IActorRef subject);
}
