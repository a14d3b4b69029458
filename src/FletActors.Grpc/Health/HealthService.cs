using FletActors.Protocol;
using Grpc.Health.V1;

namespace FletActors.Grpc.Health;

/// <summary>The standard <c>grpc.health.v1.Health</c> service over a <see cref="HealthStatusRegistry"/>.</summary>
public static class HealthService
{
    /// <summary>The fully qualified service name.</summary>
    public const string ServiceName = "grpc.health.v1.Health";

    /// <summary>Builds the service definition: Check (NOT_FOUND for an unknown service) and Watch.</summary>
    public static GrpcServiceDefinition CreateDefinition(HealthStatusRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return new GrpcServiceBuilder(ServiceName)
            .AddUnary<HealthCheckRequest, HealthCheckResponse>("Check", HealthCheckRequest.Parser, (request, _) =>
                registry.GetStatus(request.Service) is { } status
                    ? Task.FromResult(new HealthCheckResponse { Status = status })
                    : throw new RpcException(StatusCode.NotFound, $"Unknown service '{request.Service}'."))
            .AddServerStreaming<HealthCheckRequest, HealthCheckResponse>("Watch", HealthCheckRequest.Parser,
                async (request, responses, context) =>
                {
                    var updates = registry.WatchAsync(request.Service, context.CancellationToken);
                    await foreach (var update in updates.ConfigureAwait(false))
                    {
                        await responses.WriteAsync(update, context.CancellationToken).ConfigureAwait(false);
                    }
                })
            .Build();
    }
}
