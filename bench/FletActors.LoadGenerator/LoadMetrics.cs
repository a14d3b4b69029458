using System.Diagnostics;
using HdrHistogram;

namespace FletActors.LoadGenerator;

/// <summary>What every session of a run adds to: the event → patch latency histogram and the counts per second.</summary>
internal sealed class LoadMetrics
{
    // Latencies are recorded in microseconds, up to two minutes, to three significant digits.
    private const long HighestMicros = 120_000_000;
    private const int SeriesCapacitySeconds = 24 * 60 * 60;

    private const int MaxErrorSamples = 20;

    private readonly object gate = new();
    private readonly List<string> errorSamples = [];
    private readonly LongHistogram latency = new(HighestMicros, 3);
    private readonly long[] perSecond = new long[SeriesCapacitySeconds];
    private long loadStartedTimestamp;
    private long roundTrips;
    private long timeouts;
    private long lostAcknowledged;
    private long lostToRestart;
    private long refused;
    private long ticks;
    private long errorReports;
    private long sendFailures;
    private long reconnects;

    public long RoundTrips => Interlocked.Read(ref roundTrips);
    public long Timeouts => Interlocked.Read(ref timeouts);
    public long LostAcknowledged => Interlocked.Read(ref lostAcknowledged);
    public long LostToRestart => Interlocked.Read(ref lostToRestart);
    public long Ticks => Interlocked.Read(ref ticks);
    public long ErrorReports => Interlocked.Read(ref errorReports);
    public long SendFailures => Interlocked.Read(ref sendFailures);
    public long Reconnects => Interlocked.Read(ref reconnects);

    /// <summary>True once the scripted load runs; round trips before it (none are sent) would not count.</summary>
    public bool LoadStarted => Interlocked.Read(ref loadStartedTimestamp) != 0;

    public void StartLoad() => Interlocked.Exchange(ref loadStartedTimestamp, Stopwatch.GetTimestamp());

    public TimeSpan SinceLoadStart => LoadStarted ? Stopwatch.GetElapsedTime(loadStartedTimestamp) : TimeSpan.Zero;

    public void RecordRoundTrip(TimeSpan elapsed)
    {
        var micros = Math.Clamp((long)(elapsed.Ticks / 10.0), 1, HighestMicros);
        lock (gate)
        {
            latency.RecordValue(micros);
        }

        Interlocked.Increment(ref roundTrips);
        var second = (int)SinceLoadStart.TotalSeconds;
        if (second < SeriesCapacitySeconds)
        {
            Interlocked.Increment(ref perSecond[second]);
        }
    }

    public void RecordTimeout(bool acknowledged)
    {
        Interlocked.Increment(ref timeouts);
        if (acknowledged)
        {
            Interlocked.Increment(ref lostAcknowledged);
        }
    }

    public long Refused => Interlocked.Read(ref refused);

    public void RecordRefused() => Interlocked.Increment(ref refused);

    public void RecordLostToRestart() => Interlocked.Increment(ref lostToRestart);

    public void RecordTick() => Interlocked.Increment(ref ticks);

    public void RecordErrorReport(FletActors.Protocol.V1.ErrorReport report)
    {
        Interlocked.Increment(ref errorReports);
        lock (gate)
        {
            if (errorSamples.Count < MaxErrorSamples)
            {
                errorSamples.Add($"{report.Code}: {report.Message}");
            }
        }
    }

    /// <summary>The first error reports the server sent, as "code: message".</summary>
    public IReadOnlyList<string> ErrorSamples
    {
        get
        {
            lock (gate)
            {
                return [.. errorSamples];
            }
        }
    }

    public void RecordSendFailure() => Interlocked.Increment(ref sendFailures);

    public void RecordReconnect() => Interlocked.Increment(ref reconnects);

    /// <summary>A copy of the latency histogram so far.</summary>
    public LongHistogram LatencySnapshot()
    {
        lock (gate)
        {
            return (LongHistogram)latency.Copy();
        }
    }

    /// <summary>Round trips completed in each whole second of the load, up to <paramref name="seconds"/>.</summary>
    public IReadOnlyList<long> Series(int seconds) =>
        [.. perSecond.Take(Math.Min(seconds, SeriesCapacitySeconds))];
}
