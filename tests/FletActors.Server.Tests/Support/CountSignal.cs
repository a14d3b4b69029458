namespace FletActors.Server.Tests.Support;

/// <summary>A counter that tests can await: completes when it reaches a value, with a real-time deadline.</summary>
internal sealed class CountSignal
{
    private readonly Lock gate = new();
    private readonly List<(long Target, TaskCompletionSource Reached)> waiters = [];
    private long value;

    public long Value
    {
        get
        {
            lock (gate)
            {
                return value;
            }
        }
    }

    public void Increment() => Set(null);

    public void Set(long? newValue)
    {
        lock (gate)
        {
            value = newValue ?? value + 1;
            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (waiters[i].Target <= value)
                {
                    waiters[i].Reached.TrySetResult();
                    waiters.RemoveAt(i);
                }
            }
        }
    }

    public async Task WaitForAsync(long target, TimeSpan? timeout = null, string what = "counter")
    {
        TaskCompletionSource reached;
        lock (gate)
        {
            if (value >= target)
            {
                return;
            }

            reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((target, reached));
        }

        var wait = timeout ?? TestTimeouts.Condition;
        try
        {
            await reached.Task.WaitAsync(wait);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The {what} stayed at {Value} instead of reaching {target} within {wait}.");
        }
    }
}
