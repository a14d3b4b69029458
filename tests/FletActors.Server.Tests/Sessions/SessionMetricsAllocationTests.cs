using System.Diagnostics;
using System.Diagnostics.Metrics;
using FletActors.Protocol.V1;
using FletActors.Sessions.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace FletActors.Server.Tests.Sessions;

/// <summary>
/// The instrument calls on a session's hot path allocate nothing while OpenTelemetry's Prometheus exporter listens, as
/// in a server: a node handling thousands of clicks a second must not feed the GC per event.
/// </summary>
[Collection(ProcessMetersGroup.Name)]
public sealed class SessionMetricsAllocationTests
{
    private const int Clicks = 10_000;

    [Fact]
    public void HotPath_ExporterListening_AllocatesNothingPerEvent()
    {
        // Arrange: the exporter's provider as the server builds it; the first calls create each series' point.
        var collection = new ServiceCollection().AddMetrics();
        collection.AddOpenTelemetry().WithMetrics(m => m.AddMeter(SessionMetrics.MeterName).AddPrometheusExporter());
        using var services = collection.BuildServiceProvider();
        _ = services.GetRequiredService<MeterProvider>();
        var metrics = new SessionMetrics(services.GetRequiredService<IMeterFactory>());
        Run(metrics, 1_000);

        // Act
        var before = GC.GetAllocatedBytesForCurrentThread();
        Run(metrics, Clicks);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Assert: an allocation per click would cost at least one object (24 bytes) per click. Less than a byte per
        // click allows only one-off allocations, such as a listener of another test's server in this process that
        // first meets these instruments (its callbacks run on the recording thread).
        Assert.True(allocated < Clicks, $"{allocated} bytes allocated over {Clicks} clicks");
    }

    // What one click costs a session (input, turn, batch, window, latency), and a tagged close now and then.
    private static void Run(SessionMetrics metrics, int clicks)
    {
        for (var i = 0; i < clicks; i++)
        {
            var received = Stopwatch.GetTimestamp();
            metrics.InputAccepted();
            var turn = Stopwatch.GetTimestamp();
            metrics.BatchSent();
            metrics.UnacknowledgedChanged(1);
            metrics.TurnEnded(turn);
            metrics.InputFlushed(received);
            metrics.UnacknowledgedChanged(-1);
            if (i % 100 == 0)
            {
                metrics.SessionStarted();
                metrics.SessionClosed(SessionClosed.Types.Reason.Expired);
            }
        }
    }
}
