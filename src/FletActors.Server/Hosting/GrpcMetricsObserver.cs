using Grpc.Core;

namespace FletActors.Server.Hosting;

/// <summary>Counts every finished call by method and status, and records its duration (<see cref="GrpcServerMetrics"/>).</summary>
internal sealed class GrpcMetricsObserver(GrpcServerMetrics metrics) : IGrpcCallObserver
{
    public void CallFinished(ServerCallContext context, StatusCode status, Exception? error, TimeSpan elapsed) =>
        metrics.CallFinished(context.Method, status, elapsed);
}
