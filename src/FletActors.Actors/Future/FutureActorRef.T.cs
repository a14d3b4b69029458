namespace FletActors.Actors;

/// <summary>Completes a <see cref="Task{T}"/> with the first reply, failing it on timeout, cancellation or a dead target.</summary>
internal sealed class FutureActorRef<T>(ActorSystem system, IActorRef target, Type messageType, TimeSpan timeout)
    : FutureActorRef(system, target, messageType)
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private AskTimer? _timer;
    private CancellationTokenRegistration _cancellation;

    internal Task<T> Task => _completion.Task;

    internal override bool IsTerminated => _completion.Task.IsCompleted;

    internal void Start(CancellationToken cancellationToken)
    {
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            _timer = new AskTimer(this);
            System.TimerWheel.Schedule(_timer, timeout, TimeSpan.Zero);
        }

        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.Register(
                static state => ((FutureActorRef<T>)state!).Complete(null, canceled: true), this);
        }
    }

    public override void Tell(object message, IActorRef? sender)
    {
        if (message is null)
        {
            throw NullMessage(this);
        }

        switch (message)
        {
            case T reply:
                if (_completion.TrySetResult(reply))
                {
                    Cleanup();
                }

                break;
            case StatusFailure failure:
                Complete(failure.Cause);
                break;
            default:
                Complete(new InvalidCastException(
                    $"Ask to '{Target.Path}' with a message of type '{MessageType.Name}' expected a reply of type "
                    + $"'{typeof(T).Name}' but got '{message.GetType().Name}'."));
                break;
        }
    }

    internal override void OnTargetTerminated() => Complete(new ActorTerminatedException(Target, MessageType));

    internal void OnTimeout() => Complete(new AskTimeoutException(Target, MessageType, timeout));

    private void Complete(Exception? exception, bool canceled = false)
    {
        var completed = canceled ? _completion.TrySetCanceled() : _completion.TrySetException(exception!);
        if (completed)
        {
            Cleanup();
        }
    }

    private void Cleanup()
    {
        if (_timer is not null)
        {
            System.TimerWheel.Cancel(_timer);
        }

        _cancellation.Dispose();
    }

    private sealed class AskTimer(FutureActorRef<T> future) : WheelEntry
    {
        internal override void Fire() => future.OnTimeout();
    }
}
