using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FletActors.Server.Hosting;

/// <summary>
/// Healthy while the server accepts sessions, unhealthy from the moment a graceful shutdown begins, so that
/// <c>grpc.health.v1</c> answers NOT_SERVING and load balancers stop sending new clients before any is closed.
/// </summary>
internal sealed class ServingHealthCheck : IHealthCheck
{
    /// <summary>The name the check is registered under.</summary>
    public const string Name = "serving";

    private volatile bool stopping;

    public void MarkStopping() => stopping = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(stopping
            ? HealthCheckResult.Unhealthy("The server is shutting down.")
            : HealthCheckResult.Healthy());
}
