using FletActors.Actors;

namespace FletActors.Benchmarks.Actors;

/// <summary>Counts messages and completes a task when the expected number arrived.</summary>
internal sealed class CountingActor(int expected, TaskCompletionSource done) : Actor
{
    private int _count;

    protected override Task ReceiveAsync(object message)
    {
        if (++_count == expected)
        {
            done.TrySetResult();
        }

        return Task.CompletedTask;
    }
}
