using System.Globalization;
using System.Text;
using System.Text.Json;
using FletActors.Cluster.Tests.MultiNode;
using HdrHistogram;

namespace FletActors.LoadGenerator;

/// <summary>
/// What forwarding costs, on two sample nodes on loopback, in one run: the click → patch round trip of a session whose
/// stream is on the node that owns it (node 0), of a session owned by node 0 whose stream is on node 1 (each input
/// asked of node 0 over Akka.Remote, each batch sent back to node 1's bridge), and the floor, an Akka.Remote ping of
/// node 0 from this process. The three are measured in alternating slices, so that a change in the machine's load hits
/// them alike; one round trip at a time, with a pause between them so each starts on quiet streams.
/// </summary>
internal sealed class ForwardingRun(ForwardingOptions options)
{
    private static readonly TimeSpan RoundTripTimeout = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public async Task<ForwardingReport> RunAsync(CancellationToken cancellationToken)
    {
        var loadAtStart = ProcessSample.LoadAverage();
        // The nodes inherit this: one round trip after another would pass the default rate limit of a session.
        Environment.SetEnvironmentVariable("FletActors__MaxEventsPerSecond", new LoadOptions().ServerMaxEventsPerSecond.ToString(CultureInfo.InvariantCulture));
        using var cluster = await SampleCluster.StartAsync(2).ConfigureAwait(false);
        var (owner, edge) = (cluster.Nodes[0], cluster.Nodes[1]);
        await using var owned = await RoundTripProbe.RegisterAsync(owner.GrpcEndPoint, "/room/owned").ConfigureAwait(false);
        await using var forwarded = await RoundTripProbe.RegisterAsync(owner.GrpcEndPoint, "/room/forwarded").ConfigureAwait(false);
        await forwarded.MoveToAsync(edge.GrpcEndPoint).ConfigureAwait(false);
        await using var ping = await RemotePing.StartAsync(RemotingAddress(owner)).ConfigureAwait(false);

        var measures = new (string Name, Func<CancellationToken, Task<TimeSpan>> RoundTrip, LongHistogram Micros)[]
        {
            ("owned", owned.ClickAsync, NewHistogram()),
            ("forwarded", forwarded.ClickAsync, NewHistogram()),
            ("akka-remote-ping", ping.PingAsync, NewHistogram()),
        };
        foreach (var (name, roundTrip, _) in measures)
        {
            for (var i = 0; i < options.Warmup; i++)
            {
                await TimedAsync(name, roundTrip, cancellationToken).ConfigureAwait(false);
                await Task.Delay(options.Pause, cancellationToken).ConfigureAwait(false);
            }
        }

        var perSlice = Math.Max(1, options.RoundTrips / options.Slices);
        for (var slice = 0; slice < options.Slices; slice++)
        {
            foreach (var (name, roundTrip, micros) in measures)
            {
                for (var i = 0; i < perSlice; i++)
                {
                    micros.RecordValue(Math.Max(1, (long)(await TimedAsync(name, roundTrip, cancellationToken).ConfigureAwait(false)).TotalMicroseconds));
                    await Task.Delay(options.Pause, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        Directory.CreateDirectory(options.Output);
        foreach (var (name, _, micros) in measures)
        {
            using var hgrm = new StreamWriter(Path.Combine(options.Output, $"{name}.hgrm"));
            micros.OutputPercentileDistribution(hgrm, outputValueUnitScalingRatio: 1000.0);
        }

        var report = ForwardingReport.From(
            measures.Select(m => ForwardingReport.Measure.Of(m.Name, m.Micros)).ToList(),
            new LoadReport.MachineSection(Environment.ProcessorCount, loadAtStart, ProcessSample.LoadAverage(), Environment.Version.ToString()),
            options);
        await File.WriteAllTextAsync(Path.Combine(options.Output, "forwarding.json"), JsonSerializer.Serialize(report, Json), cancellationToken)
            .ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(options.Output, "forwarding.md"), Markdown(report), cancellationToken).ConfigureAwait(false);
        return report;
    }

    // One round trip, given up with an error naming its measure when it takes longer than RoundTripTimeout.
    private static async Task<TimeSpan> TimedAsync(string name, Func<CancellationToken, Task<TimeSpan>> roundTrip, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(RoundTripTimeout);
        try
        {
            return await roundTrip(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"A {name} round trip took longer than {RoundTripTimeout.TotalSeconds} s.");
        }
    }

    public static IReadOnlyList<(string Measure, string Value)> Rows(ForwardingReport r)
    {
        static string Ms(double micros) => (micros / 1000).ToString("0.000", CultureInfo.InvariantCulture);
        static string X(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture);
        var rows = r.Measures.Select(m => (
            $"{m.Name}: p50 / p90 / p99 / max (ms)",
            $"{Ms(m.P50Micros)} / {Ms(m.P90Micros)} / {Ms(m.P99Micros)} / {Ms(m.MaxMicros)} ({m.Count} round trips, mean {Ms(m.MeanMicros)})")).ToList();
        rows.Add(("forwarding overhead (forwarded − owned), p50 / mean", $"{Ms(r.OverheadP50Micros)} / {Ms(r.OverheadMeanMicros)} ms"));
        rows.Add(("overhead / Akka.Remote ping, p50 / mean", $"×{X(r.OverheadOverFloorP50)} / ×{X(r.OverheadOverFloorMean)}"));
        rows.Add(("machine", $"{r.Machine.Cores} cores, load average {r.Machine.LoadAverageAtStart:0.##} → {r.Machine.LoadAverageAtEnd:0.##}, .NET {r.Machine.Runtime}"));
        return rows;
    }

    private static string Markdown(ForwardingReport r)
    {
        var text = new StringBuilder("| measure | value |\n|---|---|\n");
        foreach (var (measure, value) in Rows(r))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {measure} | {value} |\n");
        }

        return text.ToString();
    }

    // Microseconds up to a minute, three significant digits.
    private static LongHistogram NewHistogram() => new(60_000_000, 3);

    // The node's Akka.Remote address, from the line Akka logs when remoting starts.
    private static string RemotingAddress(SampleNode node)
    {
        const string marker = "listening on addresses : [";
        var line = node.Process.Lines.FirstOrDefault(l => l.Contains(marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The node logged no remoting address.");
        var from = line.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return line[from..line.IndexOf(']', from)];
    }
}
