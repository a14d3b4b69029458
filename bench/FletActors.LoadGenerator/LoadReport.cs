namespace FletActors.LoadGenerator;

/// <summary>Everything one run measured; written as report.json and shown as the final table.</summary>
internal sealed record LoadReport
{
    public required string StartedUtc { get; init; }
    public required MachineSection Machine { get; init; }
    public required RunSection Run { get; init; }
    public required SessionsSection Sessions { get; init; }
    public required LatencySection Latency { get; init; }
    public required ThroughputSection Throughput { get; init; }
    public required ServerSection Server { get; init; }
    public required LoadGeneratorSection LoadGenerator { get; init; }
    public FaultSection? Fault { get; init; }
    public required FilesSection Files { get; init; }

    public sealed record MachineSection(int Cores, double LoadAverageAtStart, double LoadAverageAtEnd, string Runtime);

    public sealed record RunSection(int Nodes, int SessionsRequested, double DurationSeconds, double WebShare, double ThinkMilliseconds, int RoomSize, string Fault);

    public sealed record SessionsSection(int Connected, int Native, int Web, IReadOnlyList<int> PerNode, int Restarted);

    public sealed record LatencySection(long Count, double P50Ms, double P90Ms, double P99Ms, double P999Ms, double MaxMs, long Timeouts, long LostAcknowledged, long LostToRestart, long RefusedByLimit, long ErrorReports, long Reconnects, long SendFailures, IReadOnlyList<string> ErrorSamples);

    public sealed record ThroughputSection(double EventsPerSecond, long RoundTrips, double LoadSeconds, long CountdownTicks, IReadOnlyList<long> PerSecond);

    public sealed record ServerSection(
        long BaselineRssBytes,
        long IdleRssBytes,
        long LoadRssBytes,
        double IdleRssPerSessionBytes,
        double IdleCpuMicrosPerSessionSecond,
        double LoadCpuSeconds,
        double CpuMicrosPerRoundTrip,
        double CpuShareOfMachine);

    public sealed record LoadGeneratorSection(double CpuSeconds, double CpuShareOfMachine, int Gen0Collections, int Gen2Collections);

    public sealed record FaultSection(
        string Kind,
        int Node,
        double AtSeconds,
        int AffectedSessions,
        int ServedAgain,
        long LostOnSurvivingNodes,
        long LostOnAffectedSessions,
        double FailoverP50Ms,
        double FailoverP99Ms,
        double FailoverMaxMs,
        IReadOnlyList<double> FailoverMs,
        double EventsPerSecondBefore,
        double LowestEventsPerSecondAfter,
        int NodeExitCode,
        IReadOnlyList<AffectedSession> Affected);

    /// <summary>
    /// One client of the faulted node: when it was served again (ms from the fault, NaN if never) and what it saw on
    /// the way, each failed attempt as "ms outcome", so a slow failover shows where its seconds went.
    /// </summary>
    public sealed record AffectedSession(string SessionId, string Transport, double ServedAgainMs, IReadOnlyList<string> Failures);


    public sealed record FilesSection(string Histogram, string Plot, string Json, string Markdown);
}
