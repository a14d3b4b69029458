using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using Akka.Actor;

namespace FletActors.Benchmarks.Actors;

/// <summary>
/// Akka tell throughput against its floor: the same hand-off through unbounded single-reader channels. One-to-one is one
/// producer and one actor; many-to-many is one producer per core, each feeding its own actor.
/// Run: <c>dotnet run -c Release --project bench/FletActors.Benchmarks -- --filter '*TellThroughput*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class TellThroughputBenchmarks
{
    private const int Messages = 1_000_000;
    private static readonly object Message = new();
    private ActorSystem _system = null!;

    [Params(1, 2)]
    public int Pairs { get; set; }

    [GlobalSetup]
    public void Setup() => _system = ActorSystem.Create("bench");

    [GlobalCleanup]
    public void Cleanup() => _system.Terminate().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = Messages)]
    public async Task ChannelHandOff()
    {
        var perPair = Messages / Pairs;
        var work = new Task[Pairs * 2];
        for (var p = 0; p < Pairs; p++)
        {
            var channel = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
            work[2 * p] = Task.Run(async () =>
            {
                var reader = channel.Reader;
                var count = 0;
                while (count < perPair && await reader.WaitToReadAsync().ConfigureAwait(false))
                {
                    while (count < perPair && reader.TryRead(out _))
                    {
                        count++;
                    }
                }
            });
            work[(2 * p) + 1] = Task.Run(() =>
            {
                var writer = channel.Writer;
                for (var i = 0; i < perPair; i++)
                {
                    writer.TryWrite(Message);
                }
            });
        }

        await Task.WhenAll(work).ConfigureAwait(false);
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public async Task ActorTell()
    {
        var perPair = Messages / Pairs;
        var work = new Task[Pairs * 2];
        for (var p = 0; p < Pairs; p++)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var actor = _system.ActorOf(Props.Create(() => new CountingActor(perPair, done)));
            work[2 * p] = done.Task;
            work[(2 * p) + 1] = Task.Run(() =>
            {
                for (var i = 0; i < perPair; i++)
                {
                    actor.Tell(Message, ActorRefs.NoSender);
                }
            });
        }

        await Task.WhenAll(work).ConfigureAwait(false);
    }
}
