namespace FletActors.Actors;

/// <summary>
/// Death watch. The watcher remembers whom it watches; the watchee remembers its watchers. A notification becomes
/// a <see cref="Terminated"/> in the watcher's mailbox, delivered only if the watch still stands when it is
/// dequeued: that makes it exactly once, and never after <see cref="Unwatch"/>.
/// </summary>
internal sealed partial class ActorCell
{
    public IActorRef Watch(IActorRef subject)
    {
        CheckInTurn(nameof(Watch));
        var target = ActorRefBase.From(subject, nameof(subject));
        if (!subject.Equals(_self) && (Extras.Watching ??= []).Add(subject))
        {
            target.SendSystemMessage(new WatchRequest(subject, _self));
        }

        return subject;
    }

    public void Unwatch(IActorRef subject)
    {
        CheckInTurn(nameof(Unwatch));
        var target = ActorRefBase.From(subject, nameof(subject));
        if (_extras?.Watching?.Remove(subject) == true)
        {
            target.SendSystemMessage(new UnwatchRequest(subject, _self));
        }
    }

    private void AddWatcher(IActorRef watcher)
    {
        if (!watcher.Equals(_self))
        {
            (Extras.Watchers ??= []).Add(watcher);
        }
    }

    private void OnWatcheeTerminated(IActorRef subject)
    {
        if (_extras?.Watching?.Contains(subject) == true)
        {
            _mailbox.Enqueue(new Terminated(subject), null);
        }
    }

    private void NotifyWatchersAndUnwatchAll()
    {
        if (_extras is not { } extras)
        {
            return;
        }

        if (extras.Watchers is { } watchers)
        {
            foreach (var watcher in watchers)
            {
                ActorRefBase.From(watcher, nameof(watcher)).SendSystemMessage(new DeathWatchNotification(_self));
            }

            extras.Watchers = null;
        }

        if (extras.Watching is { } watching)
        {
            foreach (var subject in watching)
            {
                ActorRefBase.From(subject, nameof(subject)).SendSystemMessage(new UnwatchRequest(subject, _self));
            }

            extras.Watching = null;
        }
    }
}
