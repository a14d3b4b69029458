using FletActors.Actors;
using FletActors.Server.PubSub;
using FletActors.Server.Wire;
using FletActors.UI.Hosting;
using Microsoft.Extensions.Logging;

namespace FletActors.Server.Sessions;

/// <summary>
/// One page session. Every input is a message in its mailbox and every piece of app code runs as one of its turns:
/// Main, event handlers, their continuations after <c>await</c> (through <see cref="SessionSynchronizationContext"/>),
/// RunTask bodies, pub/sub deliveries and InvokeAsync work. Each turn ends with a flush of what it changed, subject
/// to the outbound window. App failures are reported to the client and logged; the session goes on.
/// </summary>
/// <remarks>Runs in interleave mode; split by concern into partial files.</remarks>
internal sealed partial class SessionActor : Actor, IPageHost
{
    private readonly SessionSetup setup;
    private readonly IActorContext cell;
    private readonly SynchronizationContext actorContext;
    private readonly IActorRef self;
    private readonly ILogger logger;
    private readonly Page page;
    private readonly OutboundWindow window;
    private int pendingAsyncOperations;
    private volatile bool closed;

    public SessionActor(SessionSetup setup)
    {
        this.setup = setup;
        cell = Context;
        actorContext = Context.SynchronizationContext;
        self = Self;
        logger = setup.Logger;
        TimeProvider = Context.System.TimeProvider;
        PubSub = setup.PubSub.Join(setup.SessionId, delivery => self.Tell(delivery, null));
        window = new OutboundWindow(setup.Options.MaxUnackedBatches);
        lifecycleContext = new SessionSynchronizationContext(this, actorContext, TurnOrigin.Lifecycle);
        page = new Page(this);
    }

    public string SessionId => setup.SessionId;

    public TimeProvider TimeProvider { get; }

    /// <summary>True inside a turn of this session: the kernel runs this actor on the calling thread.</summary>
    public bool IsInTurn => ReferenceEquals(ActorContext.Current, cell);

    public IPubSubBroker PubSub { get; }

    public int MaxControls => setup.Options.MaxControlsPerSession;

    /// <summary>Whether a batch can go out now: the session runs and the client's window has room.</summary>
    public bool CanSend => hasStarted && !closing && !closed && !window.IsFull;

    /// <summary>Async-void operations (async handlers) started on this session and not yet finished.</summary>
    public int PendingAsyncOperations => Volatile.Read(ref pendingAsyncOperations);

    internal void OnAsyncOperationStarted() => Interlocked.Increment(ref pendingAsyncOperations);

    internal void OnAsyncOperationCompleted() => Interlocked.Decrement(ref pendingAsyncOperations);

    protected override Task ReceiveAsync(object message)
    {
        if (closed)
        {
            OnMessageAfterClose(message);
            return Task.CompletedTask;
        }

        switch (message)
        {
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
            case ShutdownSession:
                Close(Protocol.V1.SessionClosed.Types.Reason.ServerShutdown, "The server is shutting down.");
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

        return Task.CompletedTask;
    }
}
