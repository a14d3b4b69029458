using System.Threading.Channels;

namespace FletActors.Actors.TestKit;

/// <summary>The ref of a <see cref="TestProbe"/>: everything told to it lands in the probe's queue.</summary>
internal sealed class ProbeRef(ActorSystem system, ActorPath path) : ActorRefBase
{
    private readonly HashSet<IActorRef> _watching = [];

    internal Channel<(object Message, IActorRef? Sender)> Queue { get; } =
        Channel.CreateUnbounded<(object, IActorRef?)>();

    public override ActorPath Path { get; } = path;

    internal override ActorSystem System { get; } = system;

    public override void Tell(object message, IActorRef? sender)
    {
        if (message is null)
        {
            throw NullMessage(this);
        }

        Queue.Writer.TryWrite((message, sender));
    }

    internal void Watch(IActorRef subject)
    {
        lock (_watching)
        {
            if (!_watching.Add(subject))
            {
                return;
            }
        }

        From(subject, nameof(subject)).SendSystemMessage(new WatchRequest(subject, this));
    }

    internal void Unwatch(IActorRef subject)
    {
        lock (_watching)
        {
            if (!_watching.Remove(subject))
            {
                return;
            }
        }

        From(subject, nameof(subject)).SendSystemMessage(new UnwatchRequest(subject, this));
    }

    internal override void SendSystemMessage(SystemMessage message)
    {
        if (message is not DeathWatchNotification notification)
        {
            return;
        }

        lock (_watching)
        {
            if (!_watching.Remove(notification.Actor))
            {
                return;
            }
        }

        Queue.Writer.TryWrite((new Terminated(notification.Actor), null));
    }
}
