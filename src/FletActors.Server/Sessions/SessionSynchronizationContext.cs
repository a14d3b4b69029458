namespace FletActors.Server.Sessions;

/// <summary>
/// The synchronization context app code of a session sees. It wraps the session actor's own context: a posted
/// continuation becomes a message in the actor's mailbox and runs as a turn of the session (auto-update and
/// failure reporting included). One instance per handler invocation (or Main, or task body), so a continuation that
/// fails long after the first await is still reported with the control and event it belongs to. It counts the
/// async-void operations that run on it (an async lambda assigned to an <c>Action</c> handler) and receives what
/// they throw, which .NET posts to the context they started on.
/// </summary>
internal sealed class SessionSynchronizationContext : SynchronizationContext
{
    private static readonly SendOrPostCallback RunPosted = static state => ((Posted)state!).Run();

    private readonly SessionActor session;
    private readonly SynchronizationContext actorContext;

    public SessionSynchronizationContext(SessionActor session, SynchronizationContext actorContext, TurnOrigin origin)
    {
        this.session = session;
        this.actorContext = actorContext;
        Origin = origin;
    }

    public TurnOrigin Origin { get; }

    public override void Post(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        actorContext.Post(RunPosted, new Posted(this, d, state));
    }

    public override void Send(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (!session.IsInTurn)
        {
            throw new InvalidOperationException(
                $"SynchronizationContext.Send for session {session.SessionId} was called outside the session's turn; " +
                "waiting for the session would block a thread. Use page.InvokeAsync(...) instead.");
        }

        d(state);
    }

    public override void OperationStarted() => session.OnAsyncOperationStarted();

    public override void OperationCompleted() => session.OnAsyncOperationCompleted();

    public override SynchronizationContext CreateCopy() => this;

    private sealed class Posted(SessionSynchronizationContext context, SendOrPostCallback callback, object? state)
    {
        public void Run() => context.session.RunTurn(context, callback, state);
    }
}
