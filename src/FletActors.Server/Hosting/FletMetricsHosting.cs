using FletActors.Cluster.Metrics;
using FletActors.Sessions.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace FletActors.Server.Hosting;

/// <summary>
/// The metrics side of the host: each layer's instruments on the <c>FletActors</c> meter (<see cref="SessionMetrics"/>,
/// <see cref="ClusterMetrics"/>, <see cref="GrpcServerMetrics"/>, <see cref="DeadLetterMetrics"/>), and, when
/// <see cref="FletServerOptions.MetricsEnabled"/>, OpenTelemetry's Prometheus exporter serving that meter on
/// <see cref="FletServerOptions.MetricsPath"/>.
/// </summary>
internal static class FletMetricsHosting
{
    public static void AddServices(IServiceCollection services, FletServerOptions options)
    {
        services.AddMetrics();
        services.AddSingleton<SessionMetrics>();
        services.AddSingleton<ClusterMetrics>();
        services.AddSingleton<DeadLetterMetrics>();
        if (options.MetricsEnabled)
        {
            services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddMeter(GrpcServerMetrics.MeterName)
                .AddPrometheusExporter());
        }
    }

    /// <summary>Maps the scrape endpoint when metrics are on.</summary>
    public static void MapEndpoints(IEndpointRouteBuilder endpoints, FletServerOptions options)
    {
        if (options.MetricsEnabled)
        {
            endpoints.MapPrometheusScrapingEndpoint(options.MetricsPath);
        }
    }
}
