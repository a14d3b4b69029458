namespace FletActors.Actors;

/// <summary>Failing, and deciding for failed children.</summary>
internal sealed partial class ActorCell
{
    /// <summary>Suspends this actor and asks the parent what to do. The failing message is already consumed.</summary>
    private void Fail(Exception cause, object? message)
    {
        if (IsStopping || IsTerminated || _parent is null)
        {
            SupervisionLog.FailedWhileStopping(Logger, _self.Path, cause);
            return;
        }

        _flags |= CellFlags.Failed;
        _parent.SendSystemMessage(new Failure(_self, cause, message));
    }

    private void OnChildFailed(Failure failure)
    {
        if (_extras?.Children?.Contains(failure.Child) != true || failure.Child is not LocalActorRef { Cell: var child })
        {
            return;
        }

        var strategy = _actor?.Strategy ?? _props.SupervisorStrategy
            ?? (_parent is null ? _system.Options.GuardianStrategy : SupervisorStrategy.Default);
        Directive directive;
        bool limitExceeded;
        try
        {
            var stats = (Extras.RestartStatistics ??= []).TryGetValue(failure.Child, out var known)
                ? known
                : Extras.RestartStatistics[failure.Child] = new RestartStatistics();
            directive = strategy.Decide(stats, failure.Cause, _system.TimeProvider, out limitExceeded);
        }
        catch (Exception exception)
        {
            // A decider that throws fails the supervisor, as Akka does.
            Fail(exception, null);
            return;
        }

        if (strategy.LogFailures)
        {
            SupervisionLog.ChildFailed(
                Logger, failure.Child.Path, failure.FailedMessage?.GetType().Name ?? "(none)", directive, failure.Cause);
        }

        switch (directive)
        {
            case Directive.Resume:
                child.SendSystemMessage(new Resume());
                break;
            case Directive.Restart:
                child.SendSystemMessage(new Recreate(failure.Cause, failure.FailedMessage));
                break;
            case Directive.Escalate when _parent is null:
                SupervisionLog.EscalatedToGuardian(Logger, failure.Child.Path, failure.Cause);
                StopChild(failure.Child);
                break;
            case Directive.Escalate:
                Fail(failure.Cause, null);
                break;
            default:
                if (limitExceeded)
                {
                    SupervisionLog.RestartLimitExceeded(Logger, failure.Child.Path);
                }

                StopChild(failure.Child);
                break;
        }
    }

    private void StopChild(IActorRef child)
    {
        if (_extras?.Children?.MarkStopping(child) == true)
        {
            ActorRefBase.From(child, nameof(child)).SendSystemMessage(new Terminate());
        }
    }

    private void OnResume()
    {
        if ((_flags & CellFlags.Failed) == 0)
        {
            return;
        }

        if (_actor is null)
        {
            // Nothing to resume when the instance never started: make a fresh one.
            Restart(new InvalidOperationException("Resumed an actor that failed to start."), null);
            return;
        }

        _flags &= ~CellFlags.Failed;

        // A failure escalated from a child left that child suspended; resuming here resumes it too.
        if (_extras?.Children is { } children)
        {
            foreach (var child in children.Snapshot())
            {
                ActorRefBase.From(child, nameof(child)).SendSystemMessage(new Resume());
            }
        }
    }
}
