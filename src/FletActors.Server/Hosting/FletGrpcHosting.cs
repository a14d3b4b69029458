using System.IO.Compression;
using FletActors.Cluster.Hosting;
using FletActors.Server.Transport;
using Grpc.AspNetCore.Web;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Grpc.Net.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FletActors.Server.Hosting;

/// <summary>
/// The gRPC side of the host on Grpc.AspNetCore, from <see cref="FletServerOptions"/>: message limits, compression,
/// gRPC-Web with CORS, <c>grpc.health.v1</c> from ASP.NET Core health checks, server reflection, and the logging and
/// metrics interceptors. <see cref="FletServer"/> uses it; so do tests that host another service the same way.
/// </summary>
internal static class FletGrpcHosting
{
    /// <summary>The CORS policy gRPC-Web calls from <see cref="FletServerOptions.AllowedOrigins"/> go through.</summary>
    public const string CorsPolicyName = "FletActors.BrowserCalls";

    /// <summary>What a browser may read of a cross-origin gRPC-Web response besides the body.</summary>
    public static readonly string[] ExposedHeaders = ["grpc-status", "grpc-message", "grpc-encoding", "grpc-accept-encoding"];

    public static void AddServices(IServiceCollection services, FletServerOptions options)
    {
        services.AddMetrics();
        services.AddSingleton<GrpcServerMetrics>();
        services.AddSingleton<IGrpcCallObserver, GrpcMetricsObserver>();
        services.AddSingleton<IGrpcCallObserver, GrpcLoggingObserver>();
        services.AddSingleton<GrpcCallInterceptor>();
        services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = options.MaxMessageBytes;
            grpc.MaxSendMessageSize = options.MaxMessageBytes;
            // Requests in either encoding are accepted whatever the response setting; Fastest keeps the CPU cost
            // per batch low, and the patch batches compress well even so.
            grpc.CompressionProviders =
            [
                new InternalOnCorruptCompressionProvider(new GzipCompressionProvider(CompressionLevel.Fastest)),
                new InternalOnCorruptCompressionProvider(new DeflateCompressionProvider(CompressionLevel.Fastest)),
            ];
            grpc.ResponseCompressionAlgorithm = options.ResponseCompression.Length == 0 ? null : options.ResponseCompression;
            grpc.ResponseCompressionLevel = CompressionLevel.Fastest;
            grpc.Interceptors.Add<GrpcCallInterceptor>();
        });
        services.AddGrpcReflection();
        services.AddSingleton<ServingHealthCheck>();
        services.AddGrpcHealthChecks(health =>
            {
                // "" (the whole server) is mapped by default; the session service answers from the same check.
                health.Services.Map(SessionGrpcService.ServiceName, _ => true);

                // The readiness probe's service: cluster membership (the checks tagged "ready") and the drain, so a
                // node turns unready the moment a graceful shutdown begins.
                health.Services.Map(ClusterMemberUpCheck.ReadinessTag,
                    check => check.Tags.Contains(ClusterMemberUpCheck.ReadinessTag) || check.Name == ServingHealthCheck.Name);
            })
            .AddCheck<ServingHealthCheck>(ServingHealthCheck.Name);
        if (options.AllowedOrigins.Count > 0)
        {
            services.AddCors(cors => cors.AddPolicy(CorsPolicyName, policy =>
            {
                if (options.AllowedOrigins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins([.. options.AllowedOrigins]);
                }

                policy.WithMethods("POST").AllowAnyHeader().WithExposedHeaders(ExposedHeaders);
            }));
        }
    }

    /// <summary>Adds CORS (when origins are configured) and the gRPC-Web translation, both before the endpoints.</summary>
    public static void UseMiddleware(IApplicationBuilder app, FletServerOptions options)
    {
        if (options.AllowedOrigins.Count > 0)
        {
            app.UseCors(CorsPolicyName);
        }

        // Binary and text gRPC-Web on every gRPC endpoint, over HTTP/1.1 or HTTP/2.
        app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
    }

    /// <summary>Maps health and reflection beside the services the caller maps.</summary>
    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcHealthChecksService();
        endpoints.MapGrpcReflectionService();
    }

    /// <summary>Sets what <c>Watch</c> streams at once for the whole server and the session service.</summary>
    public static void SetServingStatus(IServiceProvider services, HealthCheckResponse.Types.ServingStatus status)
    {
        var health = services.GetRequiredService<HealthServiceImpl>();
        health.SetStatus(string.Empty, status);
        health.SetStatus(SessionGrpcService.ServiceName, status);
        health.SetStatus(ClusterMemberUpCheck.ReadinessTag, status);
    }
}
