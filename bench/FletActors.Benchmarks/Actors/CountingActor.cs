using Akka.Actor;

namespace FletActors.Benchmarks.Actors;

/// <summary>Counts messages and completes a task when the expected number arrived.</summary>
internal sealed class CountingActor(int expected, TaskCompletionSource done) : UntypedActor
{
    private int _count;

    protected override void OnReceive(object message)
    {
        if (++_count == expected)
        {
            done.TrySetResult();
        }
    }
}
