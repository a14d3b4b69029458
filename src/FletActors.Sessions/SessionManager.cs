using System.Collections.Concurrent;
using System.Globalization;
using Akka.Actor;
using FletActors.Protocol.V1;
using FletActors.Sessions.Logging;
using FletActors.Sessions.Mailbox;
using FletActors.Sessions.Metrics;
using FletActors.Sessions.PubSub;
using FletActors.Sessions.Time;
using FletActors.Sessions.Wire;
using Grpc.Core;
using Status = Grpc.Core.Status;
using Microsoft.Extensions.Logging;

namespace FletActors.Sessions;

/// <summary>
/// The sessions of one node, as the transport sees them: start, resume, authenticate, deliver, detach, shut down.
/// Thread-safe; every call returns without waiting for app code. Each session is an actor; this class only routes
/// to it and applies the limits that must hold before a message reaches a mailbox (sessions per node, events per
/// second).
/// </summary>
internal sealed class SessionManager : ISessionInbox, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, SessionEntry> sessions = new(StringComparer.Ordinal);
    private readonly AppCatalog apps;
    private readonly SessionOptions options;
    private readonly IPubSubHub pubSub;
    private readonly ILogger logger;
    private readonly ISessionHome home;
    private readonly TimeProvider time;
    private readonly SessionMetrics metrics;
    private readonly string node;
    private int live;
    private int shuttingDown;

    public SessionManager(ActorSystem system, AppCatalog apps, SessionOptions options, IPubSubHub broker, ILoggerFactory loggerFactory)
        : this(system, apps, options, broker, loggerFactory, new LocalSessionHome(system))
    {
    }

    public SessionManager(ActorSystem system, AppCatalog apps, SessionOptions options, IPubSubHub broker,
        ILoggerFactory loggerFactory, ISessionHome home, SessionMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(home);
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(apps);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(broker);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        options.Validate();
        SessionMailbox.Install(system);
        this.apps = apps;
        this.options = options;
        pubSub = broker;
        logger = loggerFactory.CreateLogger("FletActors.Sessions");
        time = new SchedulerTimeProvider(system.Scheduler);
        this.home = home;
        this.metrics = metrics ?? SessionMetrics.Standalone();
        node = ((ExtendedActorSystem)system).Provider.DefaultAddress.ToString();
    }

    /// <summary>How many sessions are live (started and not yet closed).</summary>
    public int Count => sessions.Count;

    /// <summary>
    /// Starts a new session of the app <paramref name="register"/> names on <paramref name="connection"/>. The
    /// session sends SessionStarted and then its first batch (a reset) on the connection itself.
    /// </summary>
    /// <exception cref="RpcException">NotFound for an unknown app; ResourceExhausted at MaxSessions; Unavailable while shutting down.</exception>
    public Task<SessionStarted> StartAsync(Register register, IClientConnection connection, CancellationToken ct) =>
        StartAsync(register, connection, SessionIdentity.Anonymous, ct);

    /// <summary>
    /// <see cref="StartAsync(Register, IClientConnection, CancellationToken)"/> for the user and headers of
    /// <paramref name="identity"/>, which the page exposes and which every later call of the session must match.
    /// </summary>
    public Task<SessionStarted> StartAsync(Register register, IClientConnection connection, SessionIdentity identity,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(identity);
        ThrowIfShuttingDown();
        return StartCoreAsync(register, connection, identity, restart: null, ct);
    }

    private async Task<SessionStarted> StartCoreAsync(Register register, IClientConnection connection, SessionIdentity identity,
        LostSession? restart, CancellationToken ct)
    {
        if (!apps.TryGet(register.App, out var appName, out var main))
        {
            throw new RpcException(new Status(StatusCode.NotFound,
                $"This server hosts no app named {ClientText.Quote(register.App)}; it hosts: {string.Join(", ", apps.Names)}."));
        }

        if (Interlocked.Increment(ref live) > options.MaxSessions)
        {
            Interlocked.Decrement(ref live);
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"This server holds its maximum of {options.MaxSessions} sessions (FletActors:MaxSessions); try again later."));
        }

        SessionCredentials credentials;
        try
        {
            credentials = await home.NewCredentialsAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Decrement(ref live);
            throw;
        }
        catch (Exception e)
        {
            Interlocked.Decrement(ref live);
            SessionLog.StartFailed(logger, "(none)", e.Message, e);
            throw new RpcException(new Status(StatusCode.Unavailable, "The server could not place a new session; try again."));
        }

        var entry = new SessionEntry(credentials, new EventRateLimiter(options.MaxEventsPerSecond, time)) { IdentityKey = identity.Key };
        sessions[credentials.SessionId] = entry;
        var sessionLogger = new SessionScopedLogger(logger,
            new SessionLogScope(credentials.SessionId, node, home.ShardOf(credentials.SessionId)));
        var setup = new SessionSetup(credentials.SessionId, credentials.ResumeToken, appName, main, options, time, pubSub,
            sessionLogger, OnSessionClosed, entry.Inputs, metrics, home.Records);
        try
        {
            entry.Actor = await home.SpawnAsync(credentials.SessionId, SessionActor.Props(setup), this, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidActorNameException or InvalidOperationException or TimeoutException)
        {
            SessionLog.StartFailed(logger, credentials.SessionId, e.Message, e);
            OnSessionClosed(credentials.SessionId);
            throw new RpcException(new Status(StatusCode.Unavailable, "The server could not start a session; it may be shutting down."));
        }

        var started = new TaskCompletionSource<SessionStarted>(TaskCreationOptions.RunContinuationsAsynchronously);
        entry.Actor.Tell(new StartSession(register, connection, started, restart) { Identity = identity }, ActorRefs.NoSender);
        return await AwaitStartedAsync(entry, connection, started, ct).ConfigureAwait(false);
    }

    /// <summary>Re-attaches a client to its live session on <paramref name="connection"/>; the session resends what it missed.</summary>
    /// <exception cref="RpcException">NotFound for an unknown or expired session; PermissionDenied for a wrong token.</exception>
    public Task<SessionStarted> ResumeAsync(Resume resume, IClientConnection connection, CancellationToken ct) =>
        ResumeAsync(resume, connection, string.Empty, admitRestart: null, ct);

    /// <summary>
    /// <see cref="ResumeAsync(Resume, IClientConnection, CancellationToken)"/> by the user whose
    /// <see cref="SessionIdentity.Key"/> is <paramref name="identityKey"/>: a session started for another user is
    /// refused (Unauthenticated when the caller signed in as nobody, PermissionDenied otherwise), by the node holding
    /// the session when that is another one, before the session is told anything. When the session was lost with its
    /// node and its app is started again here, the same rule holds against the user its record names; then
    /// <paramref name="admitRestart"/> admits the caller to that app (its authorization policy) and gives the new
    /// session's identity; without it the new session is anonymous.
    /// </summary>
    public async Task<SessionStarted> ResumeAsync(Resume resume, IClientConnection connection, string identityKey,
        Func<string, Task<SessionIdentity>>? admitRestart, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(connection);
        ThrowIfShuttingDown();
        if (!IsLocal(resume.SessionId) && home.Elsewhere is { } elsewhere)
        {
            RequireValidToken(elsewhere, resume.SessionId, resume.ResumeToken);
            RpcException gone;
            try
            {
                return await elsewhere.ResumeAsync(resume, connection, identityKey, ct).ConfigureAwait(false);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound && home.Records is not null)
            {
                gone = e;
            }

            // Gone: started again here when its node left or was lost (its record says so), NOT_FOUND otherwise.
            if (home.Records is not { } records
                || await records.FindLostAsync(resume.SessionId, ct).ConfigureAwait(false) is not { } lost)
            {
                throw gone;
            }

            // Its record names its user: a leaked token starts no one else's copy of it, with its Page.Session values.
            RequireSameUser(lost.IdentityKey, resume.SessionId, identityKey);
            var identity = admitRestart is null ? SessionIdentity.Anonymous : await admitRestart(lost.App).ConfigureAwait(false);
            return await RestartAsync(resume, lost, records, connection, identity, ct).ConfigureAwait(false);
        }

        var entry = Authenticated(resume.SessionId, resume.ResumeToken);
        RequireSameUser(entry.IdentityKey, resume.SessionId, identityKey);
        var started = new TaskCompletionSource<SessionStarted>(TaskCreationOptions.RunContinuationsAsynchronously);
        entry.Actor!.Tell(new ResumeSession(resume, connection, started), ActorRefs.NoSender);
        return await AwaitStartedAsync(entry, connection, started, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts the app of a session lost with its node again, here, as a new session with the old one's route and
    /// Page.Session values; the client is told it restarted. The old record goes, so the old id is never restarted twice.
    /// </summary>
    private async Task<SessionStarted> RestartAsync(Resume resume, LostSession lost, ISessionRecords records,
        IClientConnection connection, SessionIdentity identity, CancellationToken ct)
    {
        var register = new Register
        {
            App = lost.App,
            Route = lost.Route,
            PageWidth = resume.PageWidth,
            PageHeight = resume.PageHeight,
        };
        var started = await StartCoreAsync(register, connection, identity, lost, ct).ConfigureAwait(false);
        records.Delete(lost.SessionId);
        SessionLog.Restarted(logger, lost.SessionId, started.SessionId, lost.App, lost.Values.Count, lost.Reason);
        return started;
    }

    /// <summary>Checks a gRPC-Web Send call's credentials.</summary>
    /// <exception cref="RpcException">NotFound for an unknown or expired session; PermissionDenied for a wrong token.</exception>
    public void Authenticate(string sessionId, string resumeToken) => Authenticate(sessionId, resumeToken, string.Empty);

    /// <summary>
    /// Checks a gRPC-Web Send call's credentials and that it comes from the session's user. For a session held by
    /// another node only the token is checked here: the owner checks the user as each message arrives
    /// (<see cref="DeliverAsync"/> with the same key).
    /// </summary>
    /// <exception cref="RpcException">
    /// NotFound for an unknown or expired session; PermissionDenied for a wrong token or another user;
    /// Unauthenticated when the session has a user and the caller is anonymous.
    /// </exception>
    public void Authenticate(string sessionId, string resumeToken, string identityKey)
    {
        if (!IsLocal(sessionId) && home.Elsewhere is { } elsewhere)
        {
            RequireValidToken(elsewhere, sessionId, resumeToken);
            return;
        }

        RequireSameUser(Authenticated(sessionId, resumeToken).IdentityKey, sessionId, identityKey);
    }

    void ISessionInbox.RequireSameUser(string sessionId, string identityKey) => RequireSameUser(Find(sessionId).IdentityKey, sessionId, identityKey);

    // Checked before the message is numbered, so a refused message takes no input number.
    DeliveryOutcome ISessionInbox.Deliver(string sessionId, ClientMessage message, string identityKey)
    {
        RequireSameUser(Find(sessionId).IdentityKey, sessionId, identityKey);
        return Deliver(sessionId, message);
    }

    private void RequireSameUser(string sessionUserKey, string sessionId, string identityKey)
    {
        if (string.Equals(sessionUserKey, identityKey, StringComparison.Ordinal))
        {
            return;
        }

        SessionLog.WrongUser(logger, sessionId);
        throw identityKey.Length == 0
            ? new RpcException(new Status(StatusCode.Unauthenticated, "This session belongs to a signed-in user; send that user's credentials."))
            : new RpcException(new Status(StatusCode.PermissionDenied, "This session belongs to another user."));
    }

    /// <summary>
    /// <see cref="Deliver"/> for a session of this node, whose caller the transport has already checked
    /// (<see cref="Authenticate(string, string, string)"/>, or the resume or start of its stream); for one held
    /// elsewhere, forwards the message with <paramref name="identityKey"/>, the caller's key, to its owner, which
    /// checks the user, numbers the message and applies its rate limit, and completes with the owner's outcome.
    /// </summary>
    public ValueTask<DeliveryOutcome> DeliverAsync(string sessionId, ClientMessage message, string identityKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(identityKey);
        return !IsLocal(sessionId) && home.Elsewhere is { } elsewhere
            ? new ValueTask<DeliveryOutcome>(elsewhere.DeliverAsync(sessionId, message, identityKey, ct))
            : ValueTask.FromResult(Deliver(sessionId, message));
    }

    /// <summary>
    /// Enqueues a client message into its session without waiting. A numbered input (input_seq) is checked against
    /// the session's numbering first: an input already accepted is dropped, one beyond the next number refused.
    /// Events, write-backs and page events then count towards the session's rate limit, so a flood is dropped here
    /// and never grows the mailbox; a numbered input dropped for the limit still uses up its number.
    /// </summary>
    /// <exception cref="RpcException">
    /// InvalidArgument for Register or Resume, or a numbered Ack; Aborted for a numbered input that leaves a gap
    /// (nothing of it is delivered); NotFound for an unknown or closed session.
    /// </exception>
    public DeliveryOutcome Deliver(string sessionId, ClientMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var entry = Find(sessionId);
        var input = ClientMessageDecoder.Decode(message, options);
        var seq = message.InputSeq;
        if (seq != 0 && input is AckInput)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                "An Ack carries no input_seq; only events, write-backs, page events and method results are numbered."));
        }

        if (seq == 0)
        {
            // Acks and unnumbered inputs take no number, so they need not be ordered against numbered ones.
            return Admit(sessionId, entry, input);
        }

        var inputs = entry.Inputs;
        // Checking the number, taking it and telling the actor happen under one lock, so that two connections of
        // the same session (an old stream still draining, a resumed one) cannot accept one number twice or put
        // inputs into the mailbox in another order than their numbers.
        lock (inputs.Gate)
        {
            switch (inputs.Check(seq))
            {
                case InputVerdict.Duplicate:
                    SessionLog.DuplicateInput(logger, sessionId, seq, inputs.Last, inputs.Duplicates);
                    return DeliveryOutcome.Duplicate;
                case InputVerdict.Gap:
                    SessionLog.InputGap(logger, sessionId, inputs.Last + 1, seq);
                    throw new RpcException(new Status(StatusCode.Aborted, string.Create(CultureInfo.InvariantCulture,
                        $"Client input {seq} is out of order: this session expected input_seq {inputs.Last + 1}. Nothing of it was delivered; resume and send again after SessionStarted.last_input_seq.")));
            }

            var outcome = Admit(sessionId, entry, input);
            if (inputs.Accept(seq))
            {
                entry.Actor!.Tell(ConfirmInputs.Instance, ActorRefs.NoSender);
            }

            return outcome;
        }
    }

    private DeliveryOutcome Admit(string sessionId, SessionEntry entry, ClientInput input)
    {
        if (input.CountsTowardsRate && !entry.Limiter.TryTake())
        {
            metrics.InputRateLimited();
            if (entry.Limiter.ShouldNotify())
            {
                SessionLog.RateLimited(logger, sessionId, options.MaxEventsPerSecond);
                entry.Actor!.Tell(new RateLimitNotice(options.MaxEventsPerSecond), ActorRefs.NoSender);
            }

            return DeliveryOutcome.RateLimited;
        }

        entry.Actor!.Tell(input, ActorRefs.NoSender);
        if (input is not AckInput)
        {
            metrics.InputAccepted();
        }

        return DeliveryOutcome.Accepted;
    }

    /// <summary>The stream of <paramref name="connection"/> ended; the session detaches it if it is still its current one.</summary>
    public void Detach(string sessionId, IClientConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (sessionId is not null && sessions.TryGetValue(sessionId, out var entry) && entry.Actor is { } actor)
        {
            actor.Tell(new ConnectionEnded(connection), ActorRefs.NoSender);
        }
        else
        {
            home.Elsewhere?.Detach(connection);
        }
    }

    /// <summary>Tells every client the server is going away and closes every session; completes when all have closed.</summary>
    public Task ShutdownAsync() => ShutdownAsync(ShutdownSession.Instance);

    /// <summary>Refuses new sessions, closes every session with <paramref name="notice"/>; completes when all have closed.</summary>
    public Task ShutdownAsync(ShutdownSession notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        Interlocked.Exchange(ref shuttingDown, 1);
        var closing = new List<Task>();
        foreach (var entry in sessions.Values)
        {
            entry.Actor?.Tell(notice, ActorRefs.NoSender);
            closing.Add(entry.Closed.Task);
        }

        return Task.WhenAll(closing);
    }

    public async ValueTask DisposeAsync()
    {
        await ShutdownAsync().ConfigureAwait(false);
        await home.DisposeAsync().ConfigureAwait(false);
    }

    internal static RpcException NotFound() =>
        new(new Status(StatusCode.NotFound, "session not found or expired; register again"));

    /// <summary>Runs <paramref name="work"/> as a turn of a session (for tests and tools); completes when it has run.</summary>
    internal Task InvokeAsync(string sessionId, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Find(sessionId).Actor!.Tell(new InvokeWork(() =>
        {
            work();
            return Task.CompletedTask;
        }, done), ActorRefs.NoSender);
        return done.Task;
    }

    private static async Task<SessionStarted> AwaitStartedAsync(SessionEntry entry, IClientConnection connection,
        TaskCompletionSource<SessionStarted> started, CancellationToken ct)
    {
        try
        {
            var first = await Task.WhenAny(started.Task, entry.Closed.Task).WaitAsync(ct).ConfigureAwait(false);
            if (first != started.Task && !started.Task.IsCompleted)
            {
                throw NotFound();
            }

            return await started.Task.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The caller went away while the session attached its connection: detach it again, so the session
            // expires normally instead of writing to a stream nobody reads.
            entry.Actor?.Tell(new ConnectionEnded(connection), ActorRefs.NoSender);
            throw;
        }
    }

    private SessionEntry Authenticated(string sessionId, string resumeToken)
    {
        var entry = Find(sessionId);
        if (!entry.Credentials.Matches(resumeToken))
        {
            SessionLog.WrongToken(logger, sessionId);
            throw new RpcException(new Status(StatusCode.PermissionDenied, "The resume token was refused."));
        }

        return entry;
    }

    private bool IsLocal(string? sessionId) => sessionId is not null && sessions.ContainsKey(sessionId);

    private void RequireValidToken(ISessionsElsewhere elsewhere, string sessionId, string resumeToken)
    {
        if (sessionId is null || !elsewhere.IsSessionId(sessionId))
        {
            throw NotFound();
        }

        if (!elsewhere.IsValidToken(sessionId, resumeToken))
        {
            SessionLog.WrongToken(logger, sessionId);
            throw new RpcException(new Status(StatusCode.PermissionDenied, "The resume token was refused."));
        }
    }

    private SessionEntry Find(string sessionId) =>
        sessionId is not null && sessions.TryGetValue(sessionId, out var entry) && entry.Actor is not null
            ? entry
            : throw NotFound();

    private void ThrowIfShuttingDown()
    {
        if (Volatile.Read(ref shuttingDown) != 0)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "The server is shutting down."));
        }
    }

    private void OnSessionClosed(string sessionId)
    {
        if (sessions.TryRemove(sessionId, out var entry))
        {
            Interlocked.Decrement(ref live);
            entry.Closed.TrySetResult();
        }
    }
}
