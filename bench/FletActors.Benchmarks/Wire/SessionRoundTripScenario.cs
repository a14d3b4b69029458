using System.Diagnostics;
using System.Globalization;
using FletActors.Benchmarks.Transport;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;

namespace FletActors.Benchmarks.Wire;

/// <summary>
/// The session click-to-patch round trip over the real Connect stream of a running <see cref="FletServer"/>: latency
/// percentiles for one session, and round trips per second with many concurrent sessions, each against a floor
/// measured in the same run (<see cref="GrpcEchoFloor"/>: a bare Grpc.AspNetCore bidi stream answering a click-sized
/// message with a batch-sized one, same client stack, same number of concurrent streams). Loopback only; every phase is bounded by a count and a time budget. Floor and
/// session are measured in alternating slices, so that a change in the machine's load hits both alike.
/// Run: <c>dotnet run -c Release --project bench/FletActors.Benchmarks -- scenario session-roundtrip
/// [--count N] [--seconds S] [--sessions 1,16,64]</c>.
/// </summary>
public sealed class SessionRoundTripScenario : IScenario
{
    private const string ButtonText = "Click";
    private const int WarmUpRoundTrips = 1_000;
    private const int Slices = 6;

    public string Name => "session-roundtrip";

    public async Task<int> RunAsync(string[] args)
    {
        var count = IntArg(args, "--count", 20_000);
        var budget = TimeSpan.FromSeconds(IntArg(args, "--seconds", 5));
        var sessionCounts = (StringArg(args, "--sessions") ?? "1,16,64").Split(',')
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();

        await using var server = await StartServerAsync().ConfigureAwait(false);
        using var channel = GrpcChannel.ForAddress(server.GrpcUrl);
        int patchBytes;
        using (var probe = await ClickSession.RegisterAsync(channel, ButtonText).ConfigureAwait(false))
        {
            await probe.ClickAsync().ConfigureAwait(false);
            patchBytes = probe.PatchBytes;
        }

        await using var floor = await GrpcEchoFloor.StartAsync(Math.Max(0, patchBytes - 3)).ConfigureAwait(false);
        Console.WriteLine($"session-roundtrip: click -> patch over Connect vs Grpc.AspNetCore bidi echo of the same sizes, loopback h2c, " +
            $"{Environment.ProcessorCount} cores; latency: {count} round trips (at most {budget.TotalSeconds:F0}s), " +
            $"throughput: {budget.TotalSeconds:F0}s per run with {string.Join("/", sessionCounts)} concurrent sessions");

        // Latency, one stream each.
        using (var session = await ClickSession.RegisterAsync(channel, ButtonText).ConfigureAwait(false))
        {
            await using var echo = await floor.OpenAsync(session.FloorRequest()).ConfigureAwait(false);
            var (floorLatency, sessionLatency) = await MeasureInterleavedAsync([TimeEcho(echo)], [session.ClickAsync], count, budget)
                .ConfigureAwait(false);
            Console.WriteLine(Invariant($"messages: click {session.ClickBytes} B up, patch {session.PatchBytes} B down"));
            Console.WriteLine(floorLatency.Describe("gRPC bidi echo (floor)"));
            Console.WriteLine(sessionLatency.Describe("session click->patch"));
            var p50Ratio = sessionLatency.Percentile(50) / floorLatency.Percentile(50);
            var p99 = sessionLatency.Percentile(99);
            Console.WriteLine(Invariant($"latency: p50 x{p50Ratio:F2} of floor (goal <= x1.5: {Verdict(p50Ratio <= 1.5)}), p99 {p99:F0} us (goal <= 1000 us: {Verdict(p99 <= 1000)})"));
        }

        // Throughput with N concurrent sessions against N concurrent echo streams.
        foreach (var n in sessionCounts)
        {
            var sessions = new List<ClickSession>();
            var echoes = new List<GrpcEchoFloor.EchoStream>();
            try
            {
                for (var i = 0; i < n; i++)
                {
                    sessions.Add(await ClickSession.RegisterAsync(channel, ButtonText).ConfigureAwait(false));
                    echoes.Add(await floor.OpenAsync(sessions[0].FloorRequest()).ConfigureAwait(false));
                }

                var perStream = int.MaxValue;
                var (floorRun, sessionRun) = await MeasureInterleavedAsync(echoes.Select(TimeEcho).ToList(),
                    sessions.Select(s => (Func<Task<long>>)s.ClickAsync).ToList(), perStream, budget).ConfigureAwait(false);
                var ratio = sessionRun.RoundTripsPerSecond / floorRun.RoundTripsPerSecond;
                Console.WriteLine(floorRun.Describe(Invariant($"floor x{n} streams")));
                Console.WriteLine(sessionRun.Describe(Invariant($"sessions x{n}")));
                Console.WriteLine(Invariant($"throughput with {n} sessions: x{ratio:F2} of floor (goal >= x0.5: {Verdict(ratio >= 0.5)})"));
            }
            finally
            {
                foreach (var session in sessions)
                {
                    session.Dispose();
                }

                foreach (var echo in echoes)
                {
                    await echo.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        return 0;
    }

    private static async Task<FletServer> StartServerAsync()
    {
        var server = FletApp.CreateBuilder()
            .AddApp("counter", page =>
            {
                var clicks = 0;
                var label = new Text("0");
                page.Add(label, new ElevatedButton(ButtonText) { OnClick = _ => label.Value = (++clicks).ToString(CultureInfo.InvariantCulture) });
            })
            .ConfigureOptions(o => o with
            {
                HttpPort = 0,
                GrpcPort = 0,
                // The bench measures the wire, not the flood guard.
                Sessions = o.Sessions with { MaxEventsPerSecond = 100_000 },
            })
            .ConfigureLogging(logging => logging.ClearProviders())
            .Build();
        await server.StartAsync().ConfigureAwait(false);
        return server;
    }

    private static Func<Task<long>> TimeEcho(GrpcEchoFloor.EchoStream echo) => async () =>
    {
        var start = Stopwatch.GetTimestamp();
        await echo.RoundTripAsync().ConfigureAwait(false);
        return Stopwatch.GetTimestamp() - start;
    };

    /// <summary>
    /// Measures the floor and the session loops in <see cref="Slices"/> alternating slices (floor, session, floor ...),
    /// each loop up to <paramref name="countPerLoop"/> round trips and each kind within <paramref name="budget"/> in
    /// all, after a warm-up of both.
    /// </summary>
    private static async Task<(LatencyRecorder Floor, LatencyRecorder Session)> MeasureInterleavedAsync(
        IReadOnlyList<Func<Task<long>>> floorLoops, IReadOnlyList<Func<Task<long>>> sessionLoops, int countPerLoop,
        TimeSpan budget)
    {
        await WarmUpAsync(floorLoops, countPerLoop).ConfigureAwait(false);
        await WarmUpAsync(sessionLoops, countPerLoop).ConfigureAwait(false);
        var floor = new LatencyRecorder(1024);
        var session = new LatencyRecorder(1024);
        var slice = budget / Slices;
        var countPerSlice = countPerLoop == int.MaxValue ? int.MaxValue : Math.Max(1, countPerLoop / Slices);
        for (var i = 0; i < Slices; i++)
        {
            await MeasureSliceAsync(floorLoops, countPerSlice, slice, floor).ConfigureAwait(false);
            await MeasureSliceAsync(sessionLoops, countPerSlice, slice, session).ConfigureAwait(false);
        }

        return (floor, session);
    }

    private static Task WarmUpAsync(IReadOnlyList<Func<Task<long>>> loops, int countPerLoop) =>
        Task.WhenAll(loops.Select(async roundTrip =>
        {
            for (var i = 0; i < Math.Min(WarmUpRoundTrips, countPerLoop); i++)
            {
                await roundTrip().ConfigureAwait(false);
            }
        }));

    /// <summary>Runs every loop concurrently for one slice and adds its round trips and wall time to the recorder.</summary>
    private static async Task MeasureSliceAsync(IReadOnlyList<Func<Task<long>>> loops, int countPerLoop, TimeSpan slice,
        LatencyRecorder recorder)
    {
        var total = Stopwatch.StartNew();
        var perLoop = await Task.WhenAll(loops.Select(roundTrip => Task.Run(async () =>
        {
            var samples = new List<long>();
            while (samples.Count < countPerLoop && total.Elapsed < slice)
            {
                samples.Add(await roundTrip().ConfigureAwait(false));
            }

            return samples;
        }))).ConfigureAwait(false);
        total.Stop();
        recorder.AddSlice(perLoop.SelectMany(s => s), total.ElapsedTicks);
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string? StringArg(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int IntArg(string[] args, string name, int fallback) =>
        StringArg(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
