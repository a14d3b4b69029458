using Akka.Hosting;
using FletActors.Cluster.Hosting;
using FletActors.Server.Hosting;
using FletActors.Server.Transport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FletActors;

/// <summary>Adds FletActors to an ASP.NET Core app's services; <c>MapFlet</c> then serves apps at route prefixes.</summary>
public static class FletActorsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the FletActors session server: the actor system (through Akka.Hosting's <c>AddAkka</c>, a one-node cluster
    /// unless <c>FletActors:Cluster:*</c> says otherwise), the gRPC session service with gRPC-Web, health and
    /// reflection, and the session manager. Options are read from the <c>FletActors</c> section of
    /// <paramref name="configuration"/>, then <paramref name="configure"/> adjusts them, and they are validated here.
    /// </summary>
    /// <remarks>
    /// The host keeps its own Kestrel set-up: FletActors' listening options (<c>BindAddress</c>, ports, certificate,
    /// HTTP/2 limits) apply to <see cref="FletApp"/> only. Native gRPC clients need an HTTP/2 endpoint (cleartext
    /// HTTP/2 on a port of its own, or TLS); browsers need HTTP/1.1 or HTTP/2.
    /// </remarks>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public static IServiceCollection AddFletActors(this IServiceCollection services, IConfiguration configuration,
        Func<FletServerOptions, FletServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = FletServerOptionsReader.Read(configuration, new FletServerOptions());
        options = configure is null ? options : configure(options);
        options.Validate();
        var cluster = ClusterNodeOptionsReader.Read(configuration, new ClusterNodeOptions());
        cluster.Validate();
        AddFletActors(services, options, cluster, configureActorSystem: null);
        return services;
    }

    /// <summary>The one set-up every host shares, with options already read and validated.</summary>
    internal static void AddFletActors(IServiceCollection services, FletServerOptions options, ClusterNodeOptions cluster,
        Action<AkkaConfigurationBuilder>? configureActorSystem)
    {
        if (services.Any(d => d.ServiceType == typeof(FletActorsRuntime)))
        {
            throw new InvalidOperationException("AddFletActors was already called on these services; one host runs one FletActors node.");
        }

        services.AddSingleton(sp => new FletActorsRuntime(options, cluster, sp));
        services.AddRouting();
        services.AddAkka("fletactors", (akka, sp) =>
            sp.GetRequiredService<FletActorsRuntime>().ConfigureActorSystem(akka, configureActorSystem));
        FletGrpcHosting.AddServices(services, options);
        FletMetricsHosting.AddServices(services, options);

        // Registered after AddAkka's own service, so the actor system is up when the runtime starts.
        services.AddHostedService(sp => sp.GetRequiredService<FletActorsRuntime>());
        services.AddSingleton(sp => sp.GetRequiredService<FletActorsRuntime>().Service);
        services.AddTransient<IStartupFilter, FletActorsMiddleware>();
    }
}
