namespace FletActors.Actors;

/// <summary>
/// The base of every actor. Override <see cref="ReceiveAsync"/> with a message switch; handlers may be sync
/// (return <see cref="Task.CompletedTask"/>) or async. An actor is created by its system from <see cref="Props"/>;
/// its state is only ever touched inside its own turns, one at a time.
/// </summary>
public abstract class Actor
{
    private readonly ActorCell _cell;

    /// <summary>Binds the new instance to the actor being created.</summary>
    /// <exception cref="InvalidOperationException">The actor was created with <c>new</c> instead of from Props.</exception>
    protected Actor()
    {
        _cell = ActorCell.Constructing ?? throw new InvalidOperationException(
            $"{GetType().Name} was created with 'new'. Actors are created by their system: "
            + $"system.Spawn(Props.Create<{GetType().Name}>()) or Context.Spawn(...).");
    }

    /// <summary>This actor's context: self, sender, children, watch, timers.</summary>
    protected IActorContext Context => _cell;

    /// <summary>This actor's own ref.</summary>
    protected IActorRef Self => _cell.Self;

    /// <summary>The sender of the message being handled (kept across awaits inside its handler); null for none.</summary>
    protected IActorRef? Sender => _cell.Sender;

    /// <summary>How this actor supervises its children; null means Props' strategy, then the default.</summary>
    protected virtual SupervisorStrategy? SupervisorStrategy => null;

    internal ActorCell Cell => _cell;

    internal SupervisorStrategy? Strategy => SupervisorStrategy;

    internal Task Receive(object message) => ReceiveAsync(message);

    internal void RunPreStart() => PreStart();

    internal void RunPostStop() => PostStop();

    internal void RunPreRestart(Exception reason, object? message) => PreRestart(reason, message);

    internal void RunPostRestart(Exception reason) => PostRestart(reason);

    /// <summary>Handles one message. Call <see cref="Unhandled"/> for messages you do not understand.</summary>
    protected abstract Task ReceiveAsync(object message);

    /// <summary>Runs before the first message, inside the actor's turn.</summary>
    protected virtual void PreStart()
    {
    }

    /// <summary>Runs once after the actor stopped processing messages and all its children are stopped.</summary>
    protected virtual void PostStop()
    {
    }

    /// <summary>Runs on the failed instance before a restart. By default stops all children, then calls <see cref="PostStop"/>.</summary>
    /// <param name="reason">The failure.</param>
    /// <param name="message">The message whose handling failed, if known; it is dropped.</param>
    protected virtual void PreRestart(Exception reason, object? message)
    {
        foreach (var child in Context.Children)
        {
            Context.Stop(child);
        }

        PostStop();
    }

    /// <summary>Runs on the fresh instance after a restart. By default calls <see cref="PreStart"/>.</summary>
    protected virtual void PostRestart(Exception reason) => PreStart();

    /// <summary>Reports a message this actor does not handle; it is published to the dead letters.</summary>
    protected void Unhandled(object message) => _cell.Unhandled(message);
}
