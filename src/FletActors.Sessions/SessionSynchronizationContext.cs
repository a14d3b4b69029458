namespace FletActors.Sessions;

/// <summary>
/// The synchronization context app code of a session sees: a posted continuation becomes a message to the session
/// actor and runs as a turn of the session (auto-update and failure reporting included), so handlers interleave at
/// <c>await</c> exactly like asyncio tasks. One instance per handler invocation (or Main, or task body), so a
/// continuation that fails long after the first await is still reported with the control and event it belongs to.
/// It counts the async-void operations that run on it (an async lambda assigned to an <c>Action</c> handler) and
/// receives what they throw, which .NET posts to the context they started on.
/// </summary>
internal sealed class SessionSynchronizationContext(SessionActor session, TurnOrigin origin) : SynchronizationContext
{
    public TurnOrigin Origin { get; } = origin;

    public override void Post(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        session.Post(new PostedContinuation(this, d, state));
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
}
