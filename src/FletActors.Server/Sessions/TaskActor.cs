using FletActors.Actors;

namespace FletActors.Server.Sessions;

/// <summary>
/// The child actor of a session that owns one <c>RunTask</c> body. The body itself runs on the session's context
/// (its code between awaits is a turn of the session, so it may change controls); this actor ties the body's
/// cancellation to the actor tree: when it stops (the body ended, or the session is closing) the token is cancelled.
/// </summary>
internal sealed class TaskActor(PageTaskHandle task) : Actor
{
    protected override Task ReceiveAsync(object message)
    {
        Unhandled(message);
        return Task.CompletedTask;
    }

    protected override void PostStop() => task.Cancel();
}
