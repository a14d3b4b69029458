using System.Globalization;
using System.Text;
using System.Text.Json;
using HdrHistogram;

namespace FletActors.LoadGenerator;

/// <summary>Writes a run's files: report.json, report.md, the HdrHistogram percentile file and the latency plot.</summary>
internal static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Write(LoadReport report, LongHistogram latencyMicros)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(report.Files.Json)!);
        using (var hgrm = new StreamWriter(report.Files.Histogram))
        {
            // Values in milliseconds, as HdrHistogram's plotter expects.
            latencyMicros.OutputPercentileDistribution(hgrm, outputValueUnitScalingRatio: 1000.0);
        }

        File.WriteAllText(report.Files.Plot, LatencyPlot.Svg(latencyMicros, $"event → patch latency, {report.Run.Nodes} node(s), {report.Sessions.Connected} sessions"));
        File.WriteAllText(report.Files.Json, JsonSerializer.Serialize(report, Json));
        File.WriteAllText(report.Files.Markdown, Markdown(report));
    }

    public static IReadOnlyList<(string Measure, string Value)> Rows(LoadReport r)
    {
        static string F(double v, string format = "0.##") => v.ToString(format, CultureInfo.InvariantCulture);
        List<(string, string)> rows =
        [
            ("nodes / sessions connected", $"{r.Run.Nodes} / {r.Sessions.Connected} ({r.Sessions.Native} native, {r.Sessions.Web} gRPC-Web), per node {string.Join(' ', r.Sessions.PerNode)}"),
            ("event → patch p50 / p90 / p99 / p99.9 / max", $"{F(r.Latency.P50Ms)} / {F(r.Latency.P90Ms)} / {F(r.Latency.P99Ms)} / {F(r.Latency.P999Ms)} / {F(r.Latency.MaxMs)} ms ({r.Latency.Count} round trips)"),
            ("events/s", $"{F(r.Throughput.EventsPerSecond, "0")} over {F(r.Throughput.LoadSeconds, "0.#")} s; countdown ticks {r.Throughput.CountdownTicks}"),
            ("timeouts / lost (acknowledged) / lost to restart / refused by a limit / error reports", $"{r.Latency.Timeouts} / {r.Latency.LostAcknowledged} / {r.Latency.LostToRestart} / {r.Latency.RefusedByLimit} / {r.Latency.ErrorReports}"),
            ("reconnects / failed sends / sessions restarted", $"{r.Latency.Reconnects} / {r.Latency.SendFailures} / {r.Sessions.Restarted}"),
            ("server RSS baseline / idle / load (surviving nodes)", $"{r.Server.BaselineRssBytes / 1048576.0:0.0} / {r.Server.IdleRssBytes / 1048576.0:0.0} / {r.Server.LoadRssBytes / 1048576.0:0.0} MB"),
            ("server RSS per idle connected session", $"{F(r.Server.IdleRssPerSessionBytes / 1024.0, "0.0")} KB"),
            ("server CPU idle per session", $"{F(r.Server.IdleCpuMicrosPerSessionSecond, "0.0")} µs/s"),
            ("server CPU per round trip (all server work under load / round trips)", $"{F(r.Server.CpuMicrosPerRoundTrip, "0.0")} µs ({F(r.Server.CpuShareOfMachine * 100, "0")} % of the machine)"),
            ("load generator CPU", $"{F(r.LoadGenerator.CpuSeconds, "0.0")} s ({F(r.LoadGenerator.CpuShareOfMachine * 100, "0")} % of the machine), GC gen0 {r.LoadGenerator.Gen0Collections} gen2 {r.LoadGenerator.Gen2Collections}"),
            ("machine", $"{r.Machine.Cores} cores, load average {F(r.Machine.LoadAverageAtStart)} → {F(r.Machine.LoadAverageAtEnd)}, .NET {r.Machine.Runtime}"),
        ];
        if (r.Fault is { } f)
        {
            rows.Add(("fault", $"{f.Kind} of node {f.Node} at {F(f.AtSeconds)} s (exit code {f.NodeExitCode})"));
            rows.Add(("lost on surviving nodes / on affected sessions", $"{f.LostOnSurvivingNodes} / {f.LostOnAffectedSessions}"));
            rows.Add(("affected sessions served again", $"{f.ServedAgain} of {f.AffectedSessions}"));
            rows.Add(("failover p50 / p99 / max (from the fault)", $"{F(f.FailoverP50Ms, "0")} / {F(f.FailoverP99Ms, "0")} / {F(f.FailoverMaxMs, "0")} ms"));
            rows.Add(("events/s before / lowest second after", $"{F(f.EventsPerSecondBefore, "0")} / {F(f.LowestEventsPerSecondAfter, "0")}"));
        }

        rows.Add(("events per second", string.Join(' ', r.Throughput.PerSecond)));
        return rows;
    }

    private static string Markdown(LoadReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Load run {report.StartedUtc}");
        text.AppendLine();
        text.AppendLine("| measure | value |");
        text.AppendLine("|---|---|");
        foreach (var (measure, value) in Rows(report))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {measure} | {value} |");
        }

        return text.ToString();
    }
}
