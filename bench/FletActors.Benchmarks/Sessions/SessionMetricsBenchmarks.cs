using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using FletActors.Protocol.V1;
using FletActors.Sessions.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace FletActors.Benchmarks.Sessions;

/// <summary>
/// What a session's hot path pays for its instruments while OpenTelemetry's Prometheus exporter listens, as in a
/// server: the calls of one click (input accepted, turn, batch, window, event-to-flush) and a tagged close. They
/// should allocate nothing. Run: <c>dotnet run -c Release --project bench/FletActors.Benchmarks -- --filter '*SessionMetricsBenchmarks*'</c>.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
[MemoryDiagnoser]
public class SessionMetricsBenchmarks
{
    private ServiceProvider services = null!;
    private SessionMetrics metrics = null!;

    [GlobalSetup]
    public void Setup()
    {
        var collection = new ServiceCollection().AddMetrics();
        collection.AddOpenTelemetry().WithMetrics(m => m.AddMeter(SessionMetrics.MeterName).AddPrometheusExporter());
        services = collection.BuildServiceProvider();
        _ = services.GetRequiredService<MeterProvider>();
        metrics = new SessionMetrics(services.GetRequiredService<IMeterFactory>());
    }

    [GlobalCleanup]
    public void Cleanup() => services.Dispose();

    [Benchmark]
    public void OneClick()
    {
        var received = Stopwatch.GetTimestamp();
        metrics.InputAccepted();
        var turn = Stopwatch.GetTimestamp();
        metrics.BatchSent();
        metrics.UnacknowledgedChanged(1);
        metrics.TurnEnded(turn);
        metrics.InputFlushed(received);
        metrics.UnacknowledgedChanged(-1);
    }

    [Benchmark]
    public void StartAndCloseTagged()
    {
        metrics.SessionStarted();
        metrics.SessionClosed(SessionClosed.Types.Reason.Expired);
    }
}
