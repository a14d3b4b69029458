using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FletActors.Testing;
using Xunit.Abstractions;

namespace FletActors.Cluster.Tests.LoadGenerator;

/// <summary>
/// The built load generator (bench/FletActors.LoadGenerator) in smoke mode against real sample nodes: its report is
/// complete and consistent, and its percentile file and plot are written and parse; its forwarding command measures
/// each of its three round trips in full.
/// </summary>
public sealed class LoadGeneratorSmokeTests(ITestOutputHelper output)
{
    // A few seconds of load plus node start-up; generous for a loaded two-core machine.
    private static readonly TimeSpan RunDeadline = TimeSpan.FromMinutes(3);

    private static readonly string[] Sections = ["startedUtc", "machine", "run", "sessions", "latency", "throughput", "server", "loadGenerator", "files"];

    [Fact]
    public void Smoke_OneNode_ReportCompleteAndFilesParse()
    {
        // Arrange
        var folder = Path.Combine(Path.GetTempPath(), "loadgen-smoke-" + Guid.NewGuid().ToString("N"));

        // Act
        var report = Run(folder, "--smoke", "--patch-timeout", "30");

        // Assert
        AssertComplete(report, nodes: 1);
        Assert.False(report.TryGetProperty("fault", out var fault) && fault.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public void Smoke_ThreeNodesKillNine_SurvivorsLoseNothingAffectedServedAgain()
    {
        // Arrange
        var folder = Path.Combine(Path.GetTempPath(), "loadgen-smoke-" + Guid.NewGuid().ToString("N"));

        // Act
        var report = Run(folder, "--smoke", "--nodes", "3", "--sessions", "9", "--duration", "8", "--fault", "Kill", "--fault-node", "1",
            "--fault-at", "2", "--patch-timeout", "30");

        // Assert
        AssertComplete(report, nodes: 3);
        var fault = report.GetProperty("fault");
        Assert.Equal(137, fault.GetProperty("nodeExitCode").GetInt32());
        Assert.Equal(0, fault.GetProperty("lostOnSurvivingNodes").GetInt64());
        var affected = fault.GetProperty("affectedSessions").GetInt32();
        Assert.Equal(report.GetProperty("sessions").GetProperty("perNode")[1].GetInt32(), affected);
        Assert.True(affected > 0, "the round-robin balancer gave the killed node no session");
        Assert.Equal(affected, fault.GetProperty("servedAgain").GetInt32());
        Assert.Equal(affected, fault.GetProperty("failoverMs").GetArrayLength());
        Assert.All(fault.GetProperty("failoverMs").EnumerateArray(), f => Assert.True(f.GetDouble() > 0));
        Assert.Equal(affected, fault.GetProperty("affected").GetArrayLength());
        Assert.All(fault.GetProperty("affected").EnumerateArray(), a =>
            Assert.Contains(a.GetProperty("transport").GetString(), new[] { "native", "grpc-web" }));
    }

    [Fact]
    public void Forwarding_TwoNodes_EachMeasureCountedInFullWithOrderedPercentiles()
    {
        // Arrange
        var folder = Path.Combine(Path.GetTempPath(), "loadgen-forwarding-" + Guid.NewGuid().ToString("N"));
        var root = ExternalProcess.FindUp("FletActors.sln");
        var dll = Path.Combine(root, "bench", "FletActors.LoadGenerator", "bin", "Release", "net10.0", "FletActors.LoadGenerator.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build FletActors.sln in Release first.");

        try
        {
            // Act
            var result = ExternalProcess.Run("dotnet",
                [dll, "forwarding", "--round-trips", "30", "--slices", "3", "--warmup", "5", "--output", folder], RunDeadline, root);
            output.WriteLine(result.ToString());

            // Assert
            Assert.True(result.ExitCode == 0, result.ToString());
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "forwarding.json")));
            var measures = json.RootElement.GetProperty("measures").EnumerateArray().ToList();
            Assert.Equal(["owned", "forwarded", "akka-remote-ping"], measures.Select(m => m.GetProperty("name").GetString()));
            foreach (var measure in measures)
            {
                Assert.Equal(30, measure.GetProperty("count").GetInt64());
                var percentiles = new[] { "p50Micros", "p90Micros", "p99Micros", "maxMicros" }.Select(p => measure.GetProperty(p).GetDouble()).ToList();
                Assert.True(percentiles[0] > 0);
                Assert.Equal(percentiles.Order(), percentiles);
                Assert.True(File.Exists(Path.Combine(folder, $"{measure.GetProperty("name").GetString()}.hgrm")));
            }

            Assert.Contains("| overhead / Akka.Remote ping", File.ReadAllText(Path.Combine(folder, "forwarding.md")), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private JsonElement Run(string folder, params string[] arguments)
    {
        var root = ExternalProcess.FindUp("FletActors.sln");
        var dll = Path.Combine(root, "bench", "FletActors.LoadGenerator", "bin", "Release", "net10.0", "FletActors.LoadGenerator.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build FletActors.sln in Release first.");
        try
        {
            var result = ExternalProcess.Run("dotnet", [dll, .. arguments, "--quiet", "--output", folder], RunDeadline, root);
            output.WriteLine(result.ToString());
            Assert.True(result.ExitCode == 0, result.ToString());
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json")));
            var report = json.RootElement.Clone();
            AssertFiles(report, folder);
            return report;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void AssertComplete(JsonElement report, int nodes)
    {
        foreach (var section in Sections)
        {
            Assert.True(report.TryGetProperty(section, out var value) && value.ValueKind != JsonValueKind.Null, $"section {section} missing");
        }

        var run = report.GetProperty("run");
        var sessions = report.GetProperty("sessions");
        var latency = report.GetProperty("latency");
        var throughput = report.GetProperty("throughput");
        var server = report.GetProperty("server");
        Assert.Equal(nodes, run.GetProperty("nodes").GetInt32());
        var connected = sessions.GetProperty("connected").GetInt32();
        Assert.Equal(run.GetProperty("sessionsRequested").GetInt32(), connected);
        Assert.Equal(connected, sessions.GetProperty("native").GetInt32() + sessions.GetProperty("web").GetInt32());
        Assert.True(sessions.GetProperty("native").GetInt32() > 0 && sessions.GetProperty("web").GetInt32() > 0, "the mix has both transports");
        Assert.Equal(nodes, sessions.GetProperty("perNode").GetArrayLength());
        Assert.Equal(connected, sessions.GetProperty("perNode").EnumerateArray().Sum(n => n.GetInt32()));

        var count = latency.GetProperty("count").GetInt64();
        Assert.True(count > 0, "no round trip completed");
        Assert.Equal(throughput.GetProperty("roundTrips").GetInt64(), count);
        var percentiles = new[] { "p50Ms", "p90Ms", "p99Ms", "p999Ms", "maxMs" }.Select(p => latency.GetProperty(p).GetDouble()).ToList();
        Assert.True(percentiles[0] > 0);
        Assert.Equal(percentiles.Order(), percentiles);
        Assert.Equal(0, latency.GetProperty("timeouts").GetInt64());
        Assert.Equal(0, latency.GetProperty("lostAcknowledged").GetInt64());
        var perSecond = throughput.GetProperty("perSecond").EnumerateArray().Select(s => s.GetInt64()).ToList();
        Assert.Equal((int)Math.Floor(throughput.GetProperty("loadSeconds").GetDouble()), perSecond.Count);
        Assert.True(perSecond.Sum() <= count);
        Assert.True(throughput.GetProperty("eventsPerSecond").GetDouble() > 0);
        Assert.True(throughput.GetProperty("countdownTicks").GetInt64() > 0, "no Countdown tick arrived");

        Assert.True(server.GetProperty("baselineRssBytes").GetInt64() > 0);
        Assert.True(server.GetProperty("idleRssBytes").GetInt64() > 0);
        Assert.True(server.GetProperty("loadCpuSeconds").GetDouble() > 0);
        Assert.True(server.GetProperty("cpuMicrosPerRoundTrip").GetDouble() > 0);
        Assert.True(report.GetProperty("loadGenerator").GetProperty("cpuSeconds").GetDouble() > 0);
    }

    // The .hgrm is HdrHistogram's percentile text: rows of value, percentile, count, 1/(1-p) (none on the 100 % row), then a footer whose
    // total count matches the report; the plot is an SVG document with a drawn line.
    private static void AssertFiles(JsonElement report, string folder)
    {
        var hgrm = File.ReadAllLines(Path.Combine(folder, "latency.hgrm"));
        var rows = hgrm.Select(l => l.Trim()).Where(l => l.Length > 0 && char.IsDigit(l[0]))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.Length is 3 or 4 && r.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)), string.Join(' ', r)));
        var total = Regex.Match(hgrm.Single(l => l.Contains("Total count", StringComparison.Ordinal)), @"Total count\s*=\s*(\d+)");
        Assert.True(total.Success);
        var totalCount = long.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(report.GetProperty("latency").GetProperty("count").GetInt64(), totalCount);

        var svg = XDocument.Load(Path.Combine(folder, "latency.svg"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        var line = svg.Descendants(ns + "polyline").Single();
        Assert.True(line.Attribute("points")!.Value.Split(' ').Length >= 2);
        Assert.Contains("| event → patch p50", File.ReadAllText(Path.Combine(folder, "report.md")), StringComparison.Ordinal);
    }
}
