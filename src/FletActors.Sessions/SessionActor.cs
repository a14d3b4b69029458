using Akka.Actor;
using FletActors.Sessions.Mailbox;
using FletActors.Sessions.PubSub;
using FletActors.Sessions.Wire;
using FletActors.UI.Hosting;
using Microsoft.Extensions.Logging;

namespace FletActors.Sessions;

/// <summary>
/// One page session. Every input is a message in its mailbox and every piece of app code runs as one of its turns:
/// Main, event handlers, their continuations after <c>await</c> (through <see cref="SessionSynchronizationContext"/>),
/// RunTask bodies, pub/sub deliveries and InvokeAsync work. Each turn ends with a flush of what it changed, subject
/// to the outbound window. App failures are reported to the client and logged; the session goes on.
/// </summary>
/// <remarks>
/// App code never runs through Akka's <c>ReceiveAsync</c> or <c>ActorTaskScheduler.RunTask</c>: both suspend the
/// mailbox until the handler's task completes, so a second click could not run while the first handler awaits its
/// delay, and two quick clicks on "Say hello with delay!" would answer after two seconds instead of one. Instead the
/// session's own synchronization context tells every continuation to the actor itself as a message, and the
/// receive that runs it is an ordinary synchronous turn. Split by concern into partial files.
/// </remarks>
internal sealed partial class SessionActor : UntypedActor, IWithTimers, IPageHost
{
    // The session whose turn the current thread runs; Akka keeps its own current cell internal.
    [ThreadStatic]
    private static SessionActor? current;

    private readonly SessionSetup setup;
    private readonly IActorRef self;
    private readonly ILogger logger;
    private readonly Page page;
    private readonly OutboundWindow window;
    private int pendingAsyncOperations;
    private int turnRunning;
    private volatile bool closed;

    public SessionActor(SessionSetup setup)
    {
        this.setup = setup;
        self = Self;
        logger = setup.Logger;
        TimeProvider = setup.Time;
        PubSub = setup.PubSub.Join(setup.SessionId, delivery => self.Tell(delivery, ActorRefs.NoSender));
        window = new OutboundWindow(setup.Options.MaxUnackedBatches);
        lifecycleContext = new SessionSynchronizationContext(this, TurnOrigin.Lifecycle);
        page = new Page(this);
    }

    /// <summary>The props of a session actor; created without reflection, as many are.</summary>
    public static Props Props(SessionSetup setup) =>
        Akka.Actor.Props.CreateBy(new Producer(setup)).WithMailbox(SessionMailbox.ConfigPath);

    public string SessionId => setup.SessionId;

    public TimeProvider TimeProvider { get; }

    /// <summary>True inside a turn of this session: Akka runs this actor's receive on the calling thread.</summary>
    public bool IsInTurn => ReferenceEquals(current, this);

    /// <summary>The session's keyed timers (the expiry timer); set by Akka before the first message.</summary>
    public ITimerScheduler Timers { get; set; } = null!;

    public IPubSubBroker PubSub { get; }

    public int MaxControls => setup.Options.MaxControlsPerSession;

    /// <summary>Whether a batch can go out now: the session runs and the client's window has room.</summary>
    public bool CanSend => hasStarted && !closing && !closed && !window.IsFull;

    /// <summary>Async-void operations (async handlers) started on this session and not yet finished.</summary>
    public int PendingAsyncOperations => Volatile.Read(ref pendingAsyncOperations);

    internal void OnAsyncOperationStarted() => Interlocked.Increment(ref pendingAsyncOperations);

    internal void OnAsyncOperationCompleted() => Interlocked.Decrement(ref pendingAsyncOperations);

    protected override void OnReceive(object message)
    {
        // Akka never runs two receives of one actor at once; the check makes a breach of that loud, because every
        // guarantee app code relies on (no locks in handlers, access checks) stands on it.
        if (Interlocked.Exchange(ref turnRunning, 1) != 0)
        {
            throw new InvalidOperationException($"Session {SessionId} was entered by two turns at once.");
        }

        var outer = current;
        current = this;
        try
        {
            if (closed)
            {
                OnMessageAfterClose(message);
            }
            else
            {
                OnMessage(message);
            }
        }
        finally
        {
            current = outer;
            Volatile.Write(ref turnRunning, 0);
        }
    }

    private void OnMessage(object message)
    {
        switch (message)
        {
            case PostedContinuation posted:
                RunTurn(posted.Context, posted.Callback, posted.State);
                break;
            case ClientInput input:
                OnClientInput(input);
                break;
            case PubSubDelivery delivery:
                RunTurn(TurnOrigin.PageEvent("pubsub"), delivery.Run);
                break;
            case StartSession start:
                OnStart(start);
                break;
            case ResumeSession resume:
                OnResume(resume);
                break;
            case ConnectionEnded ended:
                OnConnectionEnded(ended.Connection);
                break;
            case ExpireSession:
                OnExpire();
                break;
            case ShutdownSession shutdown:
                Close(shutdown.Reason, shutdown.Message);
                break;
            case ConfirmInputs:
                OnConfirmInputs();
                break;
            case RateLimitNotice notice:
                ReportToClient(Protocol.V1.ErrorCode.LimitExceeded, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Too many events: this session accepts {notice.EventsPerSecond} per second (FletActors:MaxEventsPerSecond); events were dropped."), 0);
                break;
            case StartTaskBody start:
                OnStartTaskBody(start.Task);
                break;
            case TaskBodyEnded ended:
                OnTaskBodyEnded(ended.Task, ended.Body);
                break;
            case WorkFailed failed:
                ReportFailure(failed.Origin, failed.Failure);
                break;
            case InvokeWork invoke:
                OnInvoke(invoke);
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private sealed class Producer(SessionSetup setup) : IIndirectActorProducer
    {
        public Type ActorType => typeof(SessionActor);

        public ActorBase Produce() => new SessionActor(setup);

        public void Release(ActorBase actor)
        {
        }
    }
}
