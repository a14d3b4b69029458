using System.Diagnostics;
using System.Globalization;
using FletActors.Protocol.V1;
using FletActors.Sessions;

namespace FletActors.Benchmarks.Sessions;

/// <summary>
/// N sessions, each running one self-updating countdown (a RunTask child actor ticking once per second through
/// <c>Task.Delay(1 s, page.TimeProvider, ct)</c> and <c>Update()</c>), each batch acknowledged by its client as a real
/// one would. Reports ticks per second, the lag of each tick behind its due time (p50/p99/max) and memory.
/// Run: <c>dotnet run -c Release --project bench/FletActors.Benchmarks -- scenario countdown-sessions [sessions] [seconds]</c>.
/// </summary>
public sealed class CountdownSessionsScenario : IScenario
{
    public string Name => "countdown-sessions";

    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var lag = new LagHistogram();
        var measuring = false;
        await using var bench = new SessionBench(
            page =>
            {
                page.Add(new LagCountdown(lag, () => Volatile.Read(ref measuring)));
                return Task.CompletedTask;
            },
            new SessionOptions { MaxSessions = count + 1, SessionTimeout = TimeSpan.FromMinutes(10) });
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await bench.StartAckingAsync().ConfigureAwait(false);
        }

        var startup = clock.Elapsed;

        // Let every countdown pass its first tick before measuring, so start-up does not count as lag.
        await Task.Delay(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        Volatile.Write(ref measuring, true);
        var ticksBefore = lag.Count;
        var window = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
        var ticks = lag.Count - ticksBefore;
        var elapsed = window.Elapsed;
        Volatile.Write(ref measuring, false);
        var heap = GC.GetTotalMemory(forceFullCollection: false);
        var workingSet = Environment.WorkingSet;

        Console.WriteLine(FormattableString.Invariant(
            $"countdown-sessions: {count} sessions started in {startup.TotalSeconds:F1} s; {ticks / elapsed.TotalSeconds:F0} ticks/s over {elapsed.TotalSeconds:F1} s (goal {count} ticks/s)"));
        Console.WriteLine(FormattableString.Invariant(
            $"  tick lag behind due time: p50 {lag.Percentile(50):F1} ms, p99 {lag.Percentile(99):F1} ms, max {lag.Percentile(100):F1} ms (goal p99 <= 50 ms)"));
        Console.WriteLine(FormattableString.Invariant(
            $"  memory: managed heap +{(heap - heapBefore) / 1048576.0:F0} MB, working set {workingSet / 1048576.0:F0} MB (goal <= 2048 MB)"));
        return 0;
    }

    /// <summary>A countdown that records how late each of its ticks ran.</summary>
    private sealed class LagCountdown(LagHistogram lag, Func<bool> measuring) : Text
    {
        private int remaining = 100_000;

        protected override void DidMount() => Page.RunTask(Tick);

        private async Task Tick(CancellationToken ct)
        {
            var clock = Page.TimeProvider;
            var due = Stopwatch.GetTimestamp();
            while (remaining-- > 0)
            {
                Value = remaining.ToString(CultureInfo.InvariantCulture);
                Update();
                due += Stopwatch.Frequency;
                await Task.Delay(TimeSpan.FromTicks(Math.Max(0, Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due).Ticks)), clock, ct);
                if (measuring())
                {
                    lag.Record(Stopwatch.GetElapsedTime(due));
                }
                else
                {
                    lag.CountOnly();
                }
            }
        }
    }

    /// <summary>Tick lags in 0.1 ms buckets up to 10 s; thread-safe.</summary>
    private sealed class LagHistogram
    {
        private const int Buckets = 100_000;
        private readonly long[] counts = new long[Buckets + 1];
        private long total;
        private long recorded;

        public long Count => Interlocked.Read(ref total);

        public void Record(TimeSpan lag)
        {
            var bucket = (int)Math.Clamp(lag.TotalMilliseconds * 10, 0, Buckets);
            Interlocked.Increment(ref counts[bucket]);
            Interlocked.Increment(ref recorded);
            Interlocked.Increment(ref total);
        }

        public void CountOnly() => Interlocked.Increment(ref total);

        public double Percentile(double p)
        {
            var target = (long)Math.Ceiling(p / 100 * Interlocked.Read(ref recorded));
            long seen = 0;
            for (var i = 0; i <= Buckets; i++)
            {
                seen += Interlocked.Read(ref counts[i]);
                if (seen >= target && seen > 0)
                {
                    return i / 10.0;
                }
            }

            return double.NaN;
        }
    }
}
