using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using FletActors.Actors;

namespace FletActors.Benchmarks.Actors;

/// <summary>
/// Round-trip latency of two actors passing one message back and forth, against two tasks doing the same over
/// channels. Mean time per operation is one round trip.
/// Run: <c>dotnet run -c Release --project bench/FletActors.Benchmarks -- --filter '*PingPong*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class PingPongBenchmarks
{
    private const int RoundTrips = 100_000;
    private ActorSystem _system = null!;

    [GlobalSetup]
    public void Setup() => _system = new ActorSystem("bench");

    [GlobalCleanup]
    public void Cleanup() => _system.ShutdownAsync().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = RoundTrips)]
    public async Task ChannelPingPong()
    {
        var ping = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
        var pong = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
        var echo = Task.Run(async () =>
        {
            for (var i = 0; i < RoundTrips; i++)
            {
                pong.Writer.TryWrite(await ping.Reader.ReadAsync().ConfigureAwait(false));
            }
        });
        for (var i = 0; i < RoundTrips; i++)
        {
            ping.Writer.TryWrite(i);
            await pong.Reader.ReadAsync().ConfigureAwait(false);
        }

        await echo.ConfigureAwait(false);
    }

    [Benchmark(OperationsPerInvoke = RoundTrips)]
    public async Task ActorPingPong()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ponger = _system.Spawn(Props.Create(() => new Ponger()));
        var pinger = _system.Spawn(Props.Create(() => new Pinger(ponger, RoundTrips, done)));
        pinger.Tell(0, null);
        await done.Task.ConfigureAwait(false);
        _system.Stop(pinger);
        _system.Stop(ponger);
    }

    private sealed class Ponger : Actor
    {
        protected override Task ReceiveAsync(object message)
        {
            Sender!.Tell(message, Self);
            return Task.CompletedTask;
        }
    }

    private sealed class Pinger(IActorRef ponger, int roundTrips, TaskCompletionSource done) : Actor
    {
        private int _left = roundTrips;

        protected override Task ReceiveAsync(object message)
        {
            if (_left-- == 0)
            {
                done.TrySetResult();
            }
            else
            {
                ponger.Tell(message, Self);
            }

            return Task.CompletedTask;
        }
    }
}
