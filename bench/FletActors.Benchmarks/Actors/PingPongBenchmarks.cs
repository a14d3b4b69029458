using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using Akka.Actor;

namespace FletActors.Benchmarks.Actors;

/// <summary>
/// Round-trip latency of two Akka actors passing one message back and forth, against two tasks doing the same over
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
    public void Setup() => _system = ActorSystem.Create("bench");

    [GlobalCleanup]
    public void Cleanup() => _system.Terminate().GetAwaiter().GetResult();

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
        var ponger = _system.ActorOf(Props.Create(() => new Ponger()));
        var pinger = _system.ActorOf(Props.Create(() => new Pinger(ponger, RoundTrips, done)));
        pinger.Tell(0, ActorRefs.NoSender);
        await done.Task.ConfigureAwait(false);
        _system.Stop(pinger);
        _system.Stop(ponger);
    }

    private sealed class Ponger : UntypedActor
    {
        protected override void OnReceive(object message) => Sender.Tell(message, Self);
    }

    private sealed class Pinger(IActorRef ponger, int roundTrips, TaskCompletionSource done) : UntypedActor
    {
        private int _left = roundTrips;

        protected override void OnReceive(object message)
        {
            if (_left-- == 0)
            {
                done.TrySetResult();
            }
            else
            {
                ponger.Tell(message, Self);
            }
        }
    }
}
