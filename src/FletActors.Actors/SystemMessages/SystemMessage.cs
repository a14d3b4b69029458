namespace FletActors.Actors;

/// <summary>
/// Messages of the kernel itself (lifecycle, watch, supervision). They jump the user queue and are processed even
/// while the actor is suspended. Each instance is sent once: the queue links through <see cref="Next"/>.
/// </summary>
internal abstract class SystemMessage
{
    internal static readonly SystemMessage Closed = new ClosedMarker();

    internal SystemMessage? Next;

    private sealed class ClosedMarker : SystemMessage;
}

internal sealed class Create : SystemMessage;

internal sealed class Terminate : SystemMessage;

internal sealed class Resume : SystemMessage;

internal sealed class Recreate(Exception cause, object? message) : SystemMessage
{
    internal Exception Cause { get; } = cause;

    internal object? FailedMessage { get; } = message;
}

internal sealed class WatchRequest(IActorRef watchee, IActorRef watcher) : SystemMessage
{
    internal IActorRef Watchee { get; } = watchee;

    internal IActorRef Watcher { get; } = watcher;
}

internal sealed class UnwatchRequest(IActorRef watchee, IActorRef watcher) : SystemMessage
{
    internal IActorRef Watchee { get; } = watchee;

    internal IActorRef Watcher { get; } = watcher;
}

internal sealed class DeathWatchNotification(IActorRef actor) : SystemMessage
{
    internal IActorRef Actor { get; } = actor;
}

internal sealed class ChildTerminated(IActorRef child) : SystemMessage
{
    internal IActorRef Child { get; } = child;
}

internal sealed class Failure(IActorRef child, Exception cause, object? message) : SystemMessage
{
    internal IActorRef Child { get; } = child;

    internal Exception Cause { get; } = cause;

    internal object? FailedMessage { get; } = message;
}
