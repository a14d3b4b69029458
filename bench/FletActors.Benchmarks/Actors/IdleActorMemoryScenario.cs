using System.Globalization;
using Akka.Actor;

namespace FletActors.Benchmarks.Actors;

/// <summary>
/// Bytes of managed heap per idle Akka actor: spawns N started actors that then sit idle, and divides the heap growth.
/// Then measures the same actors again after each handled one message, and after each handled a burst, to show what
/// an actor keeps once its mailbox has been used.
/// Run: <c>dotnet run -c Release --project bench/FletActors.Benchmarks -- scenario idle-actors [count] [burst]</c>.
/// </summary>
public sealed class IdleActorMemoryScenario : IScenario
{
    // The issue records ~1.8 KB per idle Akka actor; this is the Akka baseline the session figures are read against.
    private const double GoalBytes = 2048;

    public string Name => "idle-actors";

    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        var burst = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var system = ActorSystem.Create("idle");
        var started = new Countdown(count);
        var handled = new Countdown(count);
        var props = Props.Create(() => new IdleActor(started, handled));
        var actors = new IActorRef[count];
        var before = Heap();
        for (var i = 0; i < count; i++)
        {
            actors[i] = system.ActorOf(props);
        }

        await started.Reached.ConfigureAwait(false);
        var fresh = (Heap() - before) / (double)count;

        await TellAllAsync(actors, handled, 1).ConfigureAwait(false);
        var afterOne = (Heap() - before) / (double)count;

        await TellAllAsync(actors, handled, burst).ConfigureAwait(false);
        var afterHeap = Heap();
        var afterBurst = (afterHeap - before) / (double)count;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"idle-actors: {count} actors, {fresh:F0} B per idle actor (goal <= {GoalBytes} B), {afterOne:F0} B after "
            + $"one message each, {afterBurst:F0} B after a burst of {burst} each, heap {afterHeap / 1048576.0:F1} MB"));
        GC.KeepAlive(actors);
        await system.Terminate().ConfigureAwait(false);
        return fresh <= GoalBytes && afterOne <= GoalBytes && afterBurst <= GoalBytes ? 0 : 1;
    }

    private static async Task TellAllAsync(IActorRef[] actors, Countdown handled, int perActor)
    {
        handled.Reset(actors.Length * perActor);
        foreach (var actor in actors)
        {
            for (var i = 0; i < perActor; i++)
            {
                actor.Tell(i, ActorRefs.NoSender);
            }
        }

        await handled.Reached.ConfigureAwait(false);
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private sealed class Countdown(int count)
    {
        private TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _remaining = count;

        public Task Reached => _reached.Task;

        public void Reset(int newCount)
        {
            _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _remaining, newCount);
        }

        public void Signal()
        {
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                _reached.TrySetResult();
            }
        }
    }

    private sealed class IdleActor(Countdown started, Countdown handled) : UntypedActor
    {
        protected override void PreStart() => started.Signal();

        protected override void OnReceive(object message) => handled.Signal();
    }
}
