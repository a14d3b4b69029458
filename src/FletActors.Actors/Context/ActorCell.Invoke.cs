namespace FletActors.Actors;

/// <summary>Running user messages and posted continuations.</summary>
internal sealed partial class ActorCell
{
    private void InvokeUser(object message, IActorRef? sender)
    {
        switch (message)
        {
            case Continuation continuation:
                RunContinuation(continuation);
                return;
            case ActorTimer timer:
                if (_extras?.Timers is not { } timers || !timers.TryAccept(timer))
                {
                    return;
                }

                message = timer.Message;
                sender = null;
                break;
            case Terminated terminated:
                if (_extras?.Watching?.Remove(terminated.ActorRef) != true)
                {
                    return;
                }

                break;
            case PoisonPill:
                BeginStop();
                return;
        }

        _sender = sender;
        InstallContext(sender);
        Task task;
        try
        {
            task = _actor!.Receive(message)
                ?? throw new InvalidOperationException($"{_actor.GetType().Name}.ReceiveAsync returned null; return Task.CompletedTask.");
        }
        catch (Exception exception)
        {
            Fail(exception, message);
            return;
        }

        if (!task.IsCompletedSuccessfully)
        {
            OnHandlerPending(task, message);
        }
    }

    private void OnHandlerPending(Task task, object message)
    {
        var suspends = _props.Mode == AsyncMode.Suspend;
        var pending = new PendingHandler(this, message, _incarnation) { Suspends = suspends };
        if (suspends)
        {
            _flags |= CellFlags.AwaitingTask;
            Extras.AwaitedHandler = pending;
        }

        pending.Attach(task);
    }

    private void OnHandlerCompleted(PendingHandler pending)
    {
        if (pending.Incarnation != _incarnation)
        {
            if (!pending.Task!.IsCompletedSuccessfully)
            {
                SupervisionLog.StaleHandlerFailed(Logger, _self.Path, pending.Message.GetType().Name, pending.Failure());
            }

            return;
        }

        if (ReferenceEquals(_extras?.AwaitedHandler, pending))
        {
            _extras.AwaitedHandler = null;
            _flags &= ~CellFlags.AwaitingTask;
        }

        if (!pending.Task!.IsCompletedSuccessfully)
        {
            Fail(pending.Failure(), pending.Message);
        }
    }

    private void RunContinuation(Continuation continuation)
    {
        if (continuation.Context.Incarnation != _incarnation || IsStopping)
        {
            _system.PublishDeadLetter(continuation, null, _self);
            return;
        }

        _sender = continuation.Context.Sender;
        if (!ReferenceEquals(SynchronizationContext.Current, continuation.Context))
        {
            SynchronizationContext.SetSynchronizationContext(continuation.Context);
        }

        try
        {
            continuation.Callback(continuation.State);
        }
        catch (Exception exception)
        {
            Fail(exception, null);
        }
    }

    /// <summary>Installs the context whose continuations restore <paramref name="sender"/>; reused while the sender repeats.</summary>
    private void InstallContext(IActorRef? sender)
    {
        var context = _senderContext;
        if (context is null || !ReferenceEquals(context.Sender, sender) || context.Incarnation != _incarnation)
        {
            context = sender is null ? BaseContext : new ActorSynchronizationContext(this, sender, _incarnation);
            _senderContext = context;
        }

        if (!ReferenceEquals(SynchronizationContext.Current, context))
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    /// <summary>Runs a lifecycle hook as part of the turn, with this actor's context installed.</summary>
    private void InstallBaseContext()
    {
        _sender = null;
        if (!ReferenceEquals(SynchronizationContext.Current, BaseContext))
        {
            SynchronizationContext.SetSynchronizationContext(BaseContext);
        }
    }
}
