using System.Diagnostics.Metrics;
using FletActors.Cluster.Metrics;
using FletActors.Sessions.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace FletActors.Server.Hosting;

/// <summary>
/// The metrics side of the host: each layer's instruments on the <c>FletActors</c> meter (<see cref="SessionMetrics"/>,
/// <see cref="ClusterMetrics"/>, <see cref="GrpcServerMetrics"/>, <see cref="DeadLetterMetrics"/>), and, when
/// <see cref="FletServerOptions.MetricsEnabled"/>, OpenTelemetry's Prometheus exporter serving that meter on
/// <see cref="FletServerOptions.MetricsPath"/>.
/// </summary>
internal static class FletMetricsHosting
{
    /// <summary>The <c>service_name</c> of the exported <c>target_info</c>.</summary>
    public const string ServiceName = "fletactors";

    public static void AddServices(IServiceCollection services, FletServerOptions options)
    {
        services.AddMetrics();
        services.AddSingleton(sp => new SessionMetrics(MeterFactory(sp)));
        services.AddSingleton(sp => new ClusterMetrics(MeterFactory(sp)));
        services.AddSingleton(sp => new DeadLetterMetrics(MeterFactory(sp)));
        if (options.MetricsEnabled)
        {
            services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService(ServiceName))
                .WithMetrics(metrics => metrics
                    .AddMeter(GrpcServerMetrics.MeterName)
                    .AddPrometheusExporter());
        }
    }

    // The exporter's listener must be there before the instruments record: the zeros each metrics class records at
    // creation (so that every series exists from the first scrape) are otherwise lost, as the provider only starts
    // with the host.
    private static IMeterFactory MeterFactory(IServiceProvider services)
    {
        _ = services.GetService<MeterProvider>();
        return services.GetRequiredService<IMeterFactory>();
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
