using System.Globalization;
using FletActors.Actors;

namespace FletActors.Benchmarks.Actors;

/// <summary>
/// Bytes of managed heap per idle actor: spawns N started actors that then sit idle, and divides the heap growth.
/// Run: <c>dotnet run -c Release --project bench/FletActors.Benchmarks -- scenario idle-actors [count]</c>.
/// </summary>
public sealed class IdleActorMemoryScenario : IScenario
{
    public string Name => "idle-actors";

    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        await using var system = new ActorSystem("idle");
        var countdown = new Countdown(count);
        var props = Props.Create(() => new IdleActor(countdown));
        var actors = new IActorRef[count];
        var before = Heap();
        for (var i = 0; i < count; i++)
        {
            actors[i] = system.Spawn(props);
        }

        await countdown.AllStarted.ConfigureAwait(false);
        var after = Heap();

        var perActor = (after - before) / (double)count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"idle-actors: {count} actors, {perActor:F0} B per idle actor (goal <= 500 B), heap {after / 1048576.0:F1} MB"));
        GC.KeepAlive(actors);
        return perActor <= 500 ? 0 : 1;
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
        private readonly TaskCompletionSource _allStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _remaining = count;

        public Task AllStarted => _allStarted.Task;

        public void Signal()
        {
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                _allStarted.TrySetResult();
            }
        }
    }

    private sealed class IdleActor(Countdown countdown) : Actor
    {
        protected override void PreStart() => countdown.Signal();

        protected override Task ReceiveAsync(object message) => Task.CompletedTask;
    }
}
