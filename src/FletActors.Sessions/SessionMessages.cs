using FletActors.Protocol.V1;

namespace FletActors.Sessions;

// The session actor's own protocol. Client input arrives as the decoded Wire.ClientInput records, pub/sub messages
// as PubSub.PubSubDelivery; everything else a session receives is one of these.

/// <summary>
/// Starts a new session on its first connection: SessionStarted, then Main. With <see cref="Restart"/>, the session
/// replaces one lost with its node: its Page.Session values are put back before Main, and SessionStarted says restarted.
/// </summary>
internal sealed record StartSession(Register Register, IClientConnection Connection, TaskCompletionSource<SessionStarted> Started,
    LostSession? Restart = null)
{
    /// <summary>Who the session is for; the page exposes it to the app.</summary>
    public SessionIdentity Identity { get; init; } = SessionIdentity.Anonymous;
}

/// <summary>A client resumes the session on a new connection.</summary>
internal sealed record ResumeSession(Resume Resume, IClientConnection Connection, TaskCompletionSource<SessionStarted> Started);

/// <summary>The stream of <see cref="Connection"/> ended; the session detaches it if it is still the current one.</summary>
internal sealed record ConnectionEnded(IClientConnection Connection);

/// <summary>The session timeout ran out while no client was connected.</summary>
internal sealed record ExpireSession
{
    public static ExpireSession Instance { get; } = new();
}

/// <summary>The server is shutting down, or this node leaves its cluster: tell the client why and close.</summary>
internal sealed record ShutdownSession(SessionClosed.Types.Reason Reason, string Message)
{
    /// <summary>A server that stops as a whole (the embedded one-node server on Ctrl+C): the client has nowhere else to go.</summary>
    public static ShutdownSession Instance { get; } = new(SessionClosed.Types.Reason.ServerShutdown, "The server is shutting down.");

    /// <summary>A node that leaves a cluster of more than itself: the client resumes at once through any other node.</summary>
    public static ShutdownSession NodeLeaving { get; } = new(SessionClosed.Types.Reason.NodeLeaving,
        "This node is leaving the cluster; resume through any other node.");
}

/// <summary>
/// A closed session stops its actor after the turns its close queued. While task bodies are still winding down
/// (each step of a cleanup after its cancelled await is a message), the stop goes to the back of the mailbox again,
/// at most <see cref="RoundsLeft"/> more times, so a body that ends promptly is reported and one that ignores its
/// token does not keep the session alive.
/// </summary>
internal sealed record StopSession(int RoundsLeft)
{
    public static StopSession First { get; } = new(8);
}

/// <summary>The client exceeded its event rate; tell it (the manager sends this at most once per second).</summary>
internal sealed record RateLimitNotice(int EventsPerSecond);

/// <summary>Numbered client inputs were accepted; confirm them to the client (one InputAck for all that arrived meanwhile).</summary>
internal sealed record ConfirmInputs
{
    public static ConfirmInputs Instance { get; } = new();
}

/// <summary>Runs a <c>RunTask</c> body as a turn of the session.</summary>
internal sealed record StartTaskBody(PageTaskHandle Task);

/// <summary>A <c>RunTask</c> body finished (its task is complete); the session reports a failure and stops its actor.</summary>
internal sealed record TaskBodyEnded(PageTaskHandle Task, Task Body);

/// <summary>An async <c>Main</c> or <c>InvokeAsync</c> work failed after its first await.</summary>
internal sealed record WorkFailed(TurnOrigin Origin, Exception Failure);

/// <summary>Work from any thread to run as a turn of the session (<c>Page.InvokeAsync</c>).</summary>
internal sealed record InvokeWork(Func<Task> Work, TaskCompletionSource Done);

/// <summary>A continuation of app code (after an <c>await</c>) to run as a turn on its synchronization context.</summary>
internal sealed record PostedContinuation(SessionSynchronizationContext Context, SendOrPostCallback Callback, object? State);
