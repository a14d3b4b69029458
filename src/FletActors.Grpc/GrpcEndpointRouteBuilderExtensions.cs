using System.Runtime.CompilerServices;
using FletActors.Grpc.Calls;
using FletActors.Grpc.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FletActors.Grpc;

/// <summary>Maps gRPC services onto an ASP.NET Core application's endpoints.</summary>
public static class GrpcEndpointRouteBuilderExtensions
{
    private static readonly ConditionalWeakTable<IEndpointRouteBuilder, GrpcServiceRegistry> Registries = new();

    /// <summary>
    /// Maps every method of <paramref name="service"/> at <c>/{service}/{method}</c> for native gRPC and gRPC-Web
    /// (POST, plus OPTIONS for CORS preflight). The first call also maps a last-resort <c>/{service}/{method}</c>
    /// route that answers gRPC requests for anything unregistered with UNIMPLEMENTED.
    /// </summary>
    /// <returns>A builder that applies conventions (authorization, host filters) to all the service's endpoints.</returns>
    public static IEndpointConventionBuilder MapGrpcService(this IEndpointRouteBuilder endpoints,
        GrpcServiceDefinition service)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(service);
        var runtime = CreateRuntime(endpoints.ServiceProvider);
        var registry = Registries.GetValue(endpoints, e =>
        {
            var created = new GrpcServiceRegistry();
            e.MapMethods("/{service}/{method}", ["POST", "OPTIONS"],
                    GrpcRequestDispatcher.CreateUnimplemented(created, runtime))
                .WithOrder(int.MaxValue)
                .WithDisplayName("gRPC unimplemented");
            return created;
        });
        if (!registry.Add(service.Name))
        {
            throw new InvalidOperationException($"gRPC service '{service.Name}' is already mapped.");
        }

        var conventions = new List<IEndpointConventionBuilder>();
        foreach (var (_, handler) in service.Methods)
        {
            conventions.Add(endpoints
                .MapMethods(handler.Method, ["POST", "OPTIONS"], GrpcRequestDispatcher.Create(handler, runtime))
                .WithDisplayName($"gRPC {handler.Method}"));
        }

        return new CompositeConventionBuilder(conventions);
    }

    /// <summary>
    /// Maps <c>grpc.health.v1.Health</c> (Check and Watch), answering from the registered
    /// <see cref="HealthStatusRegistry"/> (see <see cref="GrpcServiceCollectionExtensions.AddFletActorsGrpc"/>).
    /// </summary>
    public static IEndpointConventionBuilder MapGrpcHealthService(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var registry = endpoints.ServiceProvider.GetService<HealthStatusRegistry>()
            ?? throw new InvalidOperationException(
                "No HealthStatusRegistry is registered: call services.AddFletActorsGrpc() first.");
        return endpoints.MapGrpcService(HealthService.CreateDefinition(registry));
    }

    private static GrpcServerRuntime CreateRuntime(IServiceProvider services)
    {
        var options = services.GetService<GrpcServerOptions>() ?? GrpcServerOptions.Default;
        options.Validate();
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("FletActors.Grpc")
            ?? NullLogger.Instance;
        return new GrpcServerRuntime(options, logger, services.GetService<TimeProvider>() ?? TimeProvider.System);
    }

    private sealed class CompositeConventionBuilder(List<IEndpointConventionBuilder> builders)
        : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders)
            {
                builder.Add(convention);
            }
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (var builder in builders)
            {
                builder.Finally(finallyConvention);
            }
        }
    }
}
