using System.Threading.Channels;
using FletActors.Protocol.V1;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FletActors.Client;

/// <summary>
/// A client of one page session: registers, keeps a <see cref="ClientTree"/> mirror up to date from the server's
/// patch batches (acknowledging each), sends events, value write-backs and page events, answers method calls, and
/// reconnects with backoff, resuming the session so that no batch is lost or applied twice. Inputs are numbered and
/// kept until the server confirms them, and sent again after a broken connection, so each runs exactly once.
/// </summary>
/// <remarks>
/// The mirror changes on the client's receive loop. Read it inside <see cref="WaitForAsync(Func{ClientTree, bool}, TimeSpan, CancellationToken)"/>
/// or <see cref="Inspect{T}"/>, which run while no batch is being applied.
/// </remarks>
public sealed partial class SessionClient : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly SessionClientOptions options;
    private readonly ISessionConnector connector;
    private readonly TimeProvider timeProvider;
    private readonly Random random;
    private readonly ILogger logger;
    private readonly Channel<Outgoing> outbox;
    private readonly CancellationTokenSource stopping = new();
    private readonly TaskCompletionSource firstStart = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<ErrorReport> errors = [];
    private readonly List<PatchRejectedException> rejectedBatches = [];
    private readonly List<MethodCall> methodCalls = [];
    private readonly ClientTree tree = new();

    private Task? runTask;
    private bool disposed;
    private SessionClientState state = SessionClientState.Created;
    private SessionClosed? closed;
    private string? sessionId;
    private string? resumeToken;
    private ulong epochBeforeDroppedMirror;
    private bool mirrorDropped;
    private string route;
    private double pageWidth;
    private double pageHeight;

    internal SessionClient(
        SessionClientOptions options,
        ISessionConnector connector,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? timeProvider = null,
        Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(connector);
        options.Validate();
        this.options = options;
        this.connector = connector;
        this.timeProvider = timeProvider ?? TimeProvider.System;
        this.random = random ?? Random.Shared;
        logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<SessionClient>();
        outbox = Channel.CreateBounded<Outgoing>(new BoundedChannelOptions(options.OutboxCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        route = options.Route;
        pageWidth = options.PageWidth;
        pageHeight = options.PageHeight;
    }

    /// <summary>Raised when the server starts or resumes the session on a connection.</summary>
    public event EventHandler<SessionStarted>? Started;

    /// <summary>
    /// Raised after <see cref="Started"/> when the server started the app again as a new session because the old one's
    /// node left or was lost: the mirror was cleared for the new session's page, which its first batch brings, and
    /// inputs the old session had not confirmed were dropped (their controls are gone).
    /// </summary>
    public event EventHandler<SessionRestart>? Restarted;

    /// <summary>Raised for each error the server reports; the session goes on.</summary>
    public event EventHandler<ErrorReport>? ErrorReported;

    /// <summary>
    /// Raised when the server closes the session. After <see cref="SessionClosed.Types.Reason.NodeLeaving"/> (and
    /// <see cref="SessionClosed.Types.Reason.Restarted"/>) the client goes on: it reconnects through another node.
    /// </summary>
    public event EventHandler<SessionClosed>? Closed;

    /// <summary>Raised when <see cref="State"/> changes.</summary>
    public event EventHandler<SessionClientState>? StateChanged;

    /// <summary>
    /// Answers the server's method calls; returns the result or throws to report an error. Without a handler every
    /// call is answered with an error saying the client does not support the method.
    /// </summary>
    public Func<MethodCall, CancellationToken, ValueTask<PropValue?>>? MethodHandler { get; set; }

    /// <summary>The mirror of the session's control tree (see the remarks on reading it safely).</summary>
    public ClientTree Tree => tree;

    /// <summary>Where the client is in its life.</summary>
    public SessionClientState State
    {
        get
        {
            lock (gate)
            {
                return state;
            }
        }
    }

    /// <summary>The id of the current session, or null before the server started one.</summary>
    public string? SessionId
    {
        get
        {
            lock (gate)
            {
                return sessionId;
            }
        }
    }

    /// <summary>The server's closing message, or null while the session is open.</summary>
    public SessionClosed? ClosedBy
    {
        get
        {
            lock (gate)
            {
                return closed;
            }
        }
    }

    /// <summary>Every error the server reported, oldest first (a snapshot).</summary>
    public IReadOnlyList<ErrorReport> Errors => Snapshot(errors);

    /// <summary>Every batch the mirror rejected, oldest first (a snapshot); each led to a resume.</summary>
    public IReadOnlyList<PatchRejectedException> RejectedBatches => Snapshot(rejectedBatches);

    /// <summary>Every method call the server made, oldest first (a snapshot).</summary>
    public IReadOnlyList<MethodCall> MethodCalls => Snapshot(methodCalls);

    /// <summary>Completes when the client stops: normally when the session closes, faulted when it gave up.</summary>
    public Task Completion
    {
        get
        {
            lock (gate)
            {
                return runTask ?? Task.CompletedTask;
            }
        }
    }

    /// <summary>Connects and registers; completes once the server has started the session.</summary>
    /// <exception cref="SessionClientException">The client gave up, or the session closed before it started.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (runTask is not null)
            {
                throw new InvalidOperationException("The session client was already started.");
            }

            runTask = Task.Run(RunAsync, CancellationToken.None);
        }

        await firstStart.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the mirror while no batch is being applied.</summary>
    public T Inspect<T>(Func<ClientTree, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (gate)
        {
            return read(tree);
        }
    }

    /// <summary>Stops the client: drops the connection without closing the session on the server.</summary>
    public async ValueTask DisposeAsync()
    {
        Task? running;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            running = runTask;
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        if (running is not null)
        {
            try
            {
                await running.ConfigureAwait(false);
            }
            catch (SessionClientException)
            {
                // The failure was already surfaced through Completion and StartAsync.
            }
        }

        Finish(SessionClientState.Closed, failure: null);
        outbox.Writer.TryComplete();
        stopping.Dispose();
        ownedChannel?.Dispose();
    }

    private List<T> Snapshot<T>(List<T> list)
    {
        lock (gate)
        {
            return [.. list];
        }
    }

    private void SetState(SessionClientState next)
    {
        lock (gate)
        {
            if (state == next || state is SessionClientState.Closed or SessionClientState.Failed)
            {
                return;
            }

            state = next;
        }

        Raise(StateChanged, next);
    }

    /// <summary>Enters a final state: wakes every waiter and a StartAsync still waiting.</summary>
    private void Finish(SessionClientState final, Exception? failure)
    {
        lock (gate)
        {
            if (state is SessionClientState.Closed or SessionClientState.Failed)
            {
                return;
            }

            state = final;
            FailWaiters(failure ?? new SessionClientException($"The session client is {final.ToString().ToLowerInvariant()}."));
        }

        firstStart.TrySetException(failure ?? new SessionClientException("The session ended before it started."));
        Raise(StateChanged, final);
    }

    private void Raise<T>(EventHandler<T>? handler, T args)
    {
        try
        {
            handler?.Invoke(this, args);
        }
#pragma warning disable CA1031 // A subscriber's failure must not break the receive loop; it is logged instead.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SessionClientLog.SubscriberFailed(logger, typeof(T).Name, exception);
        }
    }

    /// <summary>An ack bound to its connection, or (no message) a wake-up for the writer to send the kept inputs.</summary>
    private sealed record Outgoing(ClientMessage? Message, long ConnectionGeneration);
}
