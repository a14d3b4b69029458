namespace FletActors.Actors;

/// <summary>
/// A handler task that did not complete synchronously. When it completes it comes back to its actor as a system
/// message: in suspend mode to reopen the mailbox, in both modes to report a fault as a failure.
/// </summary>
internal sealed class PendingHandler(ActorCell cell, object message, int incarnation) : SystemMessage
{
    private static readonly Action<Task, object?> OnCompleted = static (task, state) =>
    {
        var pending = (PendingHandler)state!;
        pending.Task = task;
        if (pending.Suspends || !task.IsCompletedSuccessfully)
        {
            pending.Cell.SendSystemMessage(pending);
        }
    };

    internal ActorCell Cell { get; } = cell;

    internal object Message { get; } = message;

    internal int Incarnation { get; } = incarnation;

    internal bool Suspends { get; init; }

    internal Task? Task { get; private set; }

    internal void Attach(Task task) => task.ContinueWith(
        OnCompleted, this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    internal Exception Failure() => Task!.Exception is { } aggregate
        ? (aggregate.InnerExceptions.Count == 1 ? aggregate.InnerExceptions[0] : aggregate)
        : new OperationCanceledException($"The handler of {Message.GetType().Name} was cancelled.");
}
