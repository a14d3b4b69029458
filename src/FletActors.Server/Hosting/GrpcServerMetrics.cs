using System.Diagnostics;
using System.Diagnostics.Metrics;
using Grpc.Core;

namespace FletActors.Server.Hosting;

/// <summary>
/// The server's gRPC instruments on the <c>FletActors</c> meter: calls finished and their duration, tagged by full
/// method name and status code, for an exporter (Prometheus, OpenTelemetry) to publish.
/// </summary>
internal sealed class GrpcServerMetrics
{
    /// <summary>The meter every FletActors instrument lives on.</summary>
    public const string MeterName = "FletActors";

    /// <summary>The counter of finished calls.</summary>
    public const string CallsName = "fletactors.grpc.server.calls";

    /// <summary>The histogram of call durations, in seconds.</summary>
    public const string DurationName = "fletactors.grpc.server.call.duration";

    private readonly Counter<long> calls;
    private readonly Histogram<double> duration;

    public GrpcServerMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        // The factory owns and disposes the meter with the host.
        var meter = meterFactory.Create(MeterName);
        calls = meter.CreateCounter<long>(CallsName, "{call}", "gRPC calls the server finished, by method and status.");
        duration = meter.CreateHistogram<double>(DurationName, "s", "How long finished gRPC calls ran, by method and status.");
    }

    public void CallFinished(string method, StatusCode status, TimeSpan elapsed)
    {
        var tags = new TagList { { "method", method }, { "status", status.ToString() } };
        calls.Add(1, tags);
        duration.Record(elapsed.TotalSeconds, tags);
    }
}
