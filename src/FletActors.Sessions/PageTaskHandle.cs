namespace FletActors.Sessions;

/// <summary>
/// A running <c>Page.RunTask</c> body: its token source (cancelled by <see cref="Cancel"/>, when its control
/// unmounts, and when its task actor stops) and its completion. Thread-safe.
/// </summary>
internal sealed class PageTaskHandle : IPageTask, IDisposable
{
    private readonly Lock gate = new();
    private readonly CancellationTokenSource cancellation = new();
    private bool completed;
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PageTaskHandle(long number, Func<CancellationToken, Task> body, Control? owner)
    {
        Number = number;
        Body = body;
        Owner = owner;
        Token = cancellation.Token;
    }

    public long Number { get; }

    public Func<CancellationToken, Task> Body { get; }

    public Control? Owner { get; }

    /// <summary>The owner's control id when the task started (0 for none), for reports.</summary>
    public ulong OwnerId { get; set; }

    public CancellationToken Token { get; }

    /// <summary>The actor that owns this task; stopped when the body ends.</summary>
    public Akka.Actor.IActorRef? Actor { get; set; }

    public Task Completion => done.Task;

    public void Cancel()
    {
        lock (gate)
        {
            // Once the body ended its token source is released and there is nothing left to cancel.
            if (!completed)
            {
                cancellation.Cancel();
            }
        }
    }

    /// <summary>Marks the task finished and releases its token source.</summary>
    public void Complete()
    {
        lock (gate)
        {
            if (completed)
            {
                return;
            }

            completed = true;
            cancellation.Dispose();
        }

        done.TrySetResult();
    }

    /// <summary>Same as <see cref="Complete"/>.</summary>
    public void Dispose() => Complete();
}
