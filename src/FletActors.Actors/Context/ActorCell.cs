using Microsoft.Extensions.Logging;

namespace FletActors.Actors;

/// <summary>
/// The runtime body of one actor: mailbox, lifecycle, children, watch, supervision and timers. Split into partial
/// files by concern. Everything except the enqueue paths runs inside the actor's turn.
/// </summary>
internal sealed partial class ActorCell : IActorContext
{
    [ThreadStatic]
    private static ActorCell? t_current;

    [ThreadStatic]
    private static ActorCell? t_constructing;

    private readonly ActorSystem _system;
    private readonly ActorCell? _parent;
    private readonly Props _props;
    private readonly LocalActorRef _self;
    private Actor? _actor;
    private IActorRef? _sender;
    private CellFlags _flags;
    private int _incarnation;
    private ActorSynchronizationContext? _baseContext;
    private ActorSynchronizationContext? _senderContext;
    private CellExtras? _extras;

    internal ActorCell(ActorSystem system, ActorCell? parent, Props props, ActorPath path)
    {
        _system = system;
        _parent = parent;
        _props = props;
        _throughput = props.Throughput ?? system.Options.Throughput;
        _self = new LocalActorRef(this, path);
    }

    /// <summary>The cell whose turn runs on this thread.</summary>
    internal static ActorCell? Current => t_current;

    /// <summary>The cell whose actor instance is being constructed on this thread.</summary>
    internal static ActorCell? Constructing => t_constructing;

    public IActorRef Self => _self;

    internal LocalActorRef SelfRef => _self;

    public IActorRef? Sender => _sender;

    public IActorRef Parent => (IActorRef?)_parent?._self ?? _self;

    public ActorSystem System => _system;

    public Props Props => _props;

    public TimeProvider TimeProvider => _system.TimeProvider;

    public SynchronizationContext SynchronizationContext => BaseContext;

    public ITimerScheduler Timers => Extras.Timers ??= new ActorTimerScheduler(this);

    internal ILogger Logger => _system.KernelLogger;

    private CellExtras Extras => _extras ??= new CellExtras();

    private ActorSynchronizationContext BaseContext => _baseContext ??= new ActorSynchronizationContext(this, null, _incarnation);

    private bool CanProcessUserMessages =>
        (_flags & (CellFlags.Created | CellFlags.Failed | CellFlags.AwaitingTask | CellFlags.Stopping | CellFlags.Restarting))
        == CellFlags.Created;

    private bool IsStopping => (_flags & CellFlags.Stopping) != 0;

    internal void CheckInTurn(string member)
    {
        if (!ReferenceEquals(t_current, this))
        {
            throw new InvalidOperationException(
                $"{member} of actor '{_self.Path}' was called outside that actor's turn (from another thread, a "
                + "Task.Run or after ConfigureAwait(false)). Call it from the actor's handlers, or tell the actor a "
                + "message.");
        }
    }

    internal void Unhandled(object message) => _system.PublishDeadLetter(message, _sender, _self, unhandled: true);

    private Actor Produce()
    {
        var previous = t_constructing;
        t_constructing = this;
        Actor? actor;
        try
        {
            actor = _props.Producer();
        }
        finally
        {
            t_constructing = previous;
        }

        if (actor is null || !ReferenceEquals(actor.Cell, this))
        {
            throw new InvalidOperationException(
                $"The Props producer of '{_self.Path}' must return a new actor instance on every call.");
        }

        return actor;
    }
}
