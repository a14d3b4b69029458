namespace FletActors.Actors;

/// <summary>Start, stop and restart.</summary>
internal sealed partial class ActorCell
{
    private void CreateActor()
    {
        _flags |= CellFlags.Created;
        InstallBaseContext();
        try
        {
            _actor = Produce();
            _actor.RunPreStart();
        }
        catch (Exception exception)
        {
            Fail(new ActorInitializationException(_self, exception), null);
        }
    }

    private void BeginStop()
    {
        if (IsStopping || IsTerminated)
        {
            return;
        }

        _flags |= CellFlags.Stopping;
        _extras?.Timers?.CancelAll();
        var children = _extras?.Children;
        if (children is not null)
        {
            foreach (var child in children.CloseAndStopAll())
            {
                child.SendSystemMessage(new Terminate());
            }
        }

        TryFinishStop();
    }

    private void TryFinishStop()
    {
        if (_extras?.Children is not { Count: > 0 })
        {
            FinishStop();
        }
    }

    private void FinishStop()
    {
        InstallBaseContext();
        if (_actor is not null)
        {
            try
            {
                _actor.RunPostStop();
            }
            catch (Exception exception)
            {
                SupervisionLog.PostStopFailed(Logger, _self.Path, exception);
            }
        }

        _actor = null;
        _parent?.ReleaseChildName(_self);
        Interlocked.Or(ref _status, TerminatedBit);
        for (var left = _systemQueue.Close(); left is not null; left = left.Next)
        {
            HandleSystemMessageWhenDead(left);
        }

        NotifyWatchersAndUnwatchAll();
        if (_parent is null)
        {
            _system.OnGuardianTerminated();
        }
        else
        {
            _parent.SendSystemMessage(new ChildTerminated(_self));
        }
    }

    private void Restart(Exception cause, object? message)
    {
        if (IsStopping || IsTerminated)
        {
            return;
        }

        var failed = _actor;
        _incarnation++;
        _baseContext = null;
        _senderContext = null;
        InstallBaseContext();
        if (_extras is { } extras)
        {
            extras.AwaitedHandler = null;
            extras.Timers?.CancelAll();
        }

        _flags = (_flags & ~CellFlags.AwaitingTask) | CellFlags.Restarting;
        if (failed is not null)
        {
            try
            {
                failed.RunPreRestart(cause, message);
            }
            catch (Exception exception)
            {
                SupervisionLog.PreRestartFailed(Logger, _self.Path, exception);
            }
        }

        _actor = null;
        Extras.RestartCause = cause;
        TryFinishRestart();
    }

    /// <summary>A restart waits until the children stopped by PreRestart are gone, so the new instance may reuse their names.</summary>
    private void TryFinishRestart()
    {
        if ((_flags & CellFlags.Restarting) == 0 || _extras?.Children is { StoppingCount: > 0 })
        {
            return;
        }

        var cause = _extras!.RestartCause!;
        _extras.RestartCause = null;
        _flags &= ~(CellFlags.Restarting | CellFlags.Failed);
        InstallBaseContext();
        try
        {
            _actor = Produce();
            _actor.RunPostRestart(cause);
        }
        catch (Exception exception)
        {
            Fail(new ActorInitializationException(_self, exception), null);
        }
    }
}
