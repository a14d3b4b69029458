using Grpc.Core;

namespace FletActors.Server.Hosting;

/// <summary>Counts every finished call by method and status, and records its duration (<see cref="GrpcServerMetrics"/>).</summary>
internal sealed class GrpcMetricsInterceptor(GrpcServerMetrics metrics) : GrpcCallInterceptor
{
    protected override void Finished(ServerCallContext context, Exception? error, TimeSpan elapsed) =>
        metrics.CallFinished(context.Method, GrpcCallOutcome.Of(context, error), elapsed);
}
