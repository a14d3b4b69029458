using System.Diagnostics;

namespace FletActors.LoadGenerator;

/// <summary>Turns what a run measured into a <see cref="LoadReport"/>; figures per session and per round trip are derived here.</summary>
internal sealed class LoadReportBuilder(LoadOptions options, LoadMetrics metrics, IReadOnlyList<LoadSession> sessions, IReadOnlyDictionary<string, int> owners)
{
    public required DateTime StartedUtc { get; init; }
    public required double LoadAverageAtStart { get; init; }
    public required ProcessSample Baseline { get; init; }
    public required ProcessSample Idle { get; init; }
    public required (TimeSpan Cpu, TimeSpan Window) IdleWindow { get; init; }
    public required ProcessSample Loaded { get; init; }
    public required TimeSpan LoadCpu { get; init; }
    public required double LoadSeconds { get; init; }
    public required long RoundTrips { get; init; }
    public required TimeSpan SelfCpu { get; init; }
    public required int Gen0 { get; init; }
    public required int Gen2 { get; init; }
    public required long FaultAt { get; init; }
    public required double FaultAtSeconds { get; init; }
    public required int? FaultExitCode { get; init; }

    public LoadReport Build()
    {
        var histogram = metrics.LatencySnapshot();
        double Ms(double percentile) => histogram.TotalCount == 0 ? 0 : histogram.GetValueAtPercentile(percentile) / 1000.0;
        var connected = sessions.Count(s => s.FirstSessionId is not null);
        var cores = Environment.ProcessorCount;
        // Whole seconds only: a last partial second would read as a dip.
        var series = metrics.Series((int)Math.Floor(LoadSeconds));
        var perNode = Enumerable.Range(0, options.Nodes).Select(n => owners.Values.Count(o => o == n)).ToList();
        var output = Path.GetFullPath(options.Output);
        return new LoadReport
        {
            StartedUtc = StartedUtc.ToString("O"),
            Machine = new LoadReport.MachineSection(cores, LoadAverageAtStart, ProcessSample.LoadAverage(), Environment.Version.ToString()),
            Run = new LoadReport.RunSection(options.Nodes, options.Sessions, options.Duration.TotalSeconds, options.WebShare,
                options.ThinkTime.TotalMilliseconds, options.RoomSize, options.Fault.ToString()),
            Sessions = new LoadReport.SessionsSection(connected, sessions.Count(s => s.Transport == "native"),
                sessions.Count(s => s.Transport == "grpc-web"), perNode, sessions.Count(s => s.Restarts > 0)),
            Latency = new LoadReport.LatencySection(histogram.TotalCount, Ms(50), Ms(90), Ms(99), Ms(99.9),
                histogram.TotalCount == 0 ? 0 : HdrHistogram.HistogramExtensions.GetMaxValue(histogram) / 1000.0,
                metrics.Timeouts, metrics.LostAcknowledged, metrics.LostToRestart, metrics.Refused, metrics.ErrorReports, metrics.Reconnects, metrics.SendFailures, metrics.ErrorSamples),
            Throughput = new LoadReport.ThroughputSection(RoundTrips / LoadSeconds, RoundTrips, LoadSeconds, metrics.Ticks, series),
            Server = new LoadReport.ServerSection(
                Baseline.RssBytes,
                Idle.RssBytes,
                Loaded.RssBytes,
                (Idle.RssBytes - Baseline.RssBytes) / (double)Math.Max(1, connected),
                IdleWindow.Cpu.TotalMicroseconds / Math.Max(1, connected) / IdleWindow.Window.TotalSeconds,
                LoadCpu.TotalSeconds,
                RoundTrips == 0 ? 0 : LoadCpu.TotalMicroseconds / RoundTrips,
                LoadCpu.TotalSeconds / LoadSeconds / cores),
            LoadGenerator = new LoadReport.LoadGeneratorSection(SelfCpu.TotalSeconds, SelfCpu.TotalSeconds / LoadSeconds / cores, Gen0, Gen2),
            Fault = FaultAt == 0 ? null : BuildFault(series),
            Files = new LoadReport.FilesSection(
                Path.Combine(output, "latency.hgrm"),
                Path.Combine(output, "latency.svg"),
                Path.Combine(output, "report.json"),
                Path.Combine(output, "report.md")),
        };
    }

    private LoadReport.FaultSection BuildFault(IReadOnlyList<long> series)
    {
        var killed = options.FaultNode;
        var affected = sessions.Where(s => s.FirstSessionId is not null && owners.GetValueOrDefault(s.FirstSessionId, -1) == killed).ToList();
        var failovers = affected
            .Select(s => s.ServedAgainAt.Where(t => t > FaultAt).Select(t => Stopwatch.GetElapsedTime(FaultAt, t).TotalMilliseconds).FirstOrDefault(double.NaN))
            .ToList();
        var served = failovers.Where(f => !double.IsNaN(f)).Order().ToList();
        double Percentile(double p) => served.Count == 0 ? 0 : served[Math.Min(served.Count - 1, (int)Math.Ceiling(p / 100 * served.Count) - 1)];
        var faultSecond = (int)FaultAtSeconds;
        var before = series.Take(faultSecond).Skip(1).DefaultIfEmpty(0).Average();
        var after = series.Skip(faultSecond).Take(Math.Max(1, series.Count - faultSecond - 1)).DefaultIfEmpty(0).Min();
        return new LoadReport.FaultSection(
            options.Fault.ToString(),
            killed,
            FaultAtSeconds,
            affected.Count,
            served.Count,
            metrics.LostAcknowledged - LostOn(affected),
            LostOn(affected),
            Percentile(50),
            Percentile(99),
            served.Count == 0 ? 0 : served[^1],
            served,
            before,
            after,
            FaultExitCode ?? -1,
            [.. affected.Zip(failovers, (s, f) => new LoadReport.AffectedSession(s.FirstSessionId!, s.Transport, f,
                [.. s.Failures.Where(x => x.At > FaultAt).Select(x => $"{Stopwatch.GetElapsedTime(FaultAt, x.At).TotalMilliseconds:0} {x.Outcome}")]))
                .OrderBy(a => double.IsNaN(a.ServedAgainMs) ? double.MaxValue : a.ServedAgainMs)]);
    }

    private static long LostOn(IEnumerable<LoadSession> group) => group.Sum(s => s.LostAcknowledged);
}
