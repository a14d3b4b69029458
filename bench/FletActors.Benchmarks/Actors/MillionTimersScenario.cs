using System.Diagnostics;
using System.Globalization;
using FletActors.Actors;

namespace FletActors.Benchmarks.Actors;

/// <summary>
/// One million armed periodic timers (actors x timers per actor), their memory, and their firing: with a 10 s
/// interval and first ticks spread evenly over the interval they fire 100 k/s; lag is the time from a tick's due
/// time to its handling by the actor.
/// Run: <c>dotnet run -c Release --project bench/FletActors.Benchmarks -- scenario timers [actors] [timersPerActor] [seconds]</c>.
/// </summary>
public sealed class MillionTimersScenario : IScenario
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    public string Name => "timers";

    public async Task<int> RunAsync(string[] args)
    {
        var actors = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var perActor = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        var total = actors * perActor;

        var heapBefore = Heap();
        var workingSetBefore = Process.GetCurrentProcess().WorkingSet64;
        await using var system = new ActorSystem("timers");
        var lags = new LagHistogram();
        var armed = new Countdown(actors);
        var props = Props.Create(() => new TimerOwner(perActor, total, armed, lags));
        var refs = new IActorRef[actors];
        for (var i = 0; i < actors; i++)
        {
            refs[i] = system.Spawn(props);
            refs[i].Tell(i, null);
        }

        await armed.Done.ConfigureAwait(false);
        var heapArmed = Heap();
        var workingSetArmed = Process.GetCurrentProcess().WorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timers: {total:N0} armed timers on {actors:N0} actors; managed heap +{(heapArmed - heapBefore) / 1048576.0:F0} MB "
            + $"({(heapArmed - heapBefore) / (double)total:F0} B per timer incl. its actor share), working set "
            + $"{workingSetArmed / 1048576.0:F0} MB (+{(workingSetArmed - workingSetBefore) / 1048576.0:F0} MB); goal <= 350 MB"));

        // First ticks are due from one interval after arming on; measure from there.
        await Task.Delay(Interval).ConfigureAwait(false);
        lags.Reset();
        var watch = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
        var fired = lags.Count;
        var rate = fired / watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timers: fired {fired:N0} in {watch.Elapsed.TotalSeconds:F1} s = {rate:N0}/s (goal 100,000/s); lag p50 "
            + $"{lags.Percentile(0.50)} ms, p99 {lags.Percentile(0.99)} ms, p99.9 {lags.Percentile(0.999)} ms, max "
            + $"{lags.Percentile(1.0)} ms (goal p99 <= 50 ms); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
        GC.KeepAlive(refs);
        return lags.Percentile(0.99) <= 50 && (heapArmed - heapBefore) <= 350L * 1048576 ? 0 : 1;
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
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _remaining = count;

        public Task Done => _done.Task;

        public void Signal()
        {
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                _done.TrySetResult();
            }
        }
    }

    /// <summary>Counts lags in 1 ms buckets up to 10 s; lock-free so it does not serialise the actors.</summary>
    private sealed class LagHistogram
    {
        private readonly long[] _buckets = new long[10_001];
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        public void Record(TimeSpan lag)
        {
            var ms = (int)Math.Clamp(lag.TotalMilliseconds, 0, _buckets.Length - 1);
            Interlocked.Increment(ref _buckets[ms]);
            Interlocked.Increment(ref _count);
        }

        public void Reset()
        {
            Array.Clear(_buckets);
            Interlocked.Exchange(ref _count, 0);
        }

        public int Percentile(double p)
        {
            var target = (long)Math.Ceiling(Count * p);
            long seen = 0;
            for (var ms = 0; ms < _buckets.Length; ms++)
            {
                seen += Interlocked.Read(ref _buckets[ms]);
                if (seen >= target && seen > 0)
                {
                    return ms;
                }
            }

            return _buckets.Length - 1;
        }
    }

    /// <summary>Arms its timers with first ticks spread over the interval, and measures each tick against its due time.</summary>
    private sealed class TimerOwner(int perActor, int total, Countdown armed, LagHistogram lags) : Actor
    {
        private long _armedAt;
        private TimeSpan[] _firstDue = [];
        private int[] _fired = [];

        protected override Task ReceiveAsync(object message)
        {
            if (message is int index)
            {
                _armedAt = Context.TimeProvider.GetTimestamp();
                _firstDue = new TimeSpan[perActor];
                _fired = new int[perActor];
                for (var k = 0; k < perActor; k++)
                {
                    // Spread all first ticks of the process evenly over one interval: 100 k/s for 1 M timers.
                    var slot = ((long)index * perActor) + k;
                    _firstDue[k] = TimeSpan.FromTicks(Interval.Ticks * slot / total) + Interval;
                    Context.Timers.StartPeriodicTimer(k, Boxed.Keys[k], _firstDue[k], Interval);
                }

                armed.Signal();
            }
            else if (message is Key key)
            {
                var due = _firstDue[key.Index] + (Interval * _fired[key.Index]++);
                lags.Record(Context.TimeProvider.GetElapsedTime(_armedAt) - due);
            }

            return Task.CompletedTask;
        }
    }

    private sealed record Key(int Index);

    private static class Boxed
    {
        public static readonly Key[] Keys = [.. Enumerable.Range(0, 10_000).Select(i => new Key(i))];
    }
}
