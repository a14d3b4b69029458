using Akka.Actor;
using FletActors.Sessions.Mailbox;

namespace FletActors.Sessions;

/// <summary>
/// The child actor of a session that owns one <c>RunTask</c> body. The body itself runs on the session's context
/// (its code between awaits is a turn of the session, so it may change controls); this actor ties the body's
/// cancellation to the actor tree: when it stops (the body ended, the session is closing or was stopped) the token is
/// cancelled.
/// </summary>
internal sealed class TaskActor(PageTaskHandle task) : UntypedActor
{
    public static Props Props(PageTaskHandle task) =>
        Akka.Actor.Props.CreateBy(new Producer(task)).WithMailbox(SessionMailbox.ConfigPath);

    protected override void OnReceive(object message) => Unhandled(message);

    protected override void PostStop() => task.Cancel();

    private sealed class Producer(PageTaskHandle task) : IIndirectActorProducer
    {
        public Type ActorType => typeof(TaskActor);

        public ActorBase Produce() => new TaskActor(task);

        public void Release(ActorBase actor)
        {
        }
    }
}
