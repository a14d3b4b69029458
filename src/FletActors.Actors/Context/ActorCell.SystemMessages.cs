namespace FletActors.Actors;

/// <summary>Dispatching system messages, alive and dead.</summary>
internal sealed partial class ActorCell
{
    private void HandleSystemMessage(SystemMessage message)
    {
        switch (message)
        {
            case Continuation continuation:
                RunContinuation(continuation);
                break;
            case PendingHandler pending:
                OnHandlerCompleted(pending);
                break;
            case Create:
                CreateActor();
                break;
            case Terminate:
                BeginStop();
                break;
            case WatchRequest watch:
                AddWatcher(watch.Watcher);
                break;
            case UnwatchRequest unwatch:
                _extras?.Watchers?.Remove(unwatch.Watcher);
                break;
            case DeathWatchNotification notification:
                OnWatcheeTerminated(notification.Actor);
                break;
            case ChildTerminated terminated:
                OnChildTerminated(terminated.Child);
                break;
            case Failure failure:
                OnChildFailed(failure);
                break;
            case Resume:
                OnResume();
                break;
            case Recreate recreate:
                Restart(recreate.Cause, recreate.FailedMessage);
                break;
        }
    }

    /// <summary>A system message that reached this actor after it terminated: answer watches, drop the rest.</summary>
    private void HandleSystemMessageWhenDead(SystemMessage message)
    {
        switch (message)
        {
            case WatchRequest watch:
                ActorRefBase.From(watch.Watcher, nameof(message)).SendSystemMessage(new DeathWatchNotification(_self));
                break;
            case Continuation continuation:
                _system.PublishDeadLetter(continuation, null, _self);
                break;
            case PendingHandler { Task.IsCompletedSuccessfully: false } pending:
                SupervisionLog.StaleHandlerFailed(Logger, _self.Path, pending.Message.GetType().Name, pending.Failure());
                break;
        }
    }
}
