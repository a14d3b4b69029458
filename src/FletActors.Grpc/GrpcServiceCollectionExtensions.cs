using FletActors.Grpc.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FletActors.Grpc;

/// <summary>Registers the gRPC server's options and health registry.</summary>
public static class GrpcServiceCollectionExtensions
{
    /// <summary>
    /// Registers <paramref name="options"/> (validated now) and a <see cref="HealthStatusRegistry"/> the host sets
    /// health through. Optional: without it, mapped services use <see cref="GrpcServerOptions.Default"/>.
    /// </summary>
    public static IServiceCollection AddFletActorsGrpc(this IServiceCollection services, GrpcServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        options ??= GrpcServerOptions.Default;
        options.Validate();
        services.AddSingleton(options);
        services.TryAddSingleton<HealthStatusRegistry>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
