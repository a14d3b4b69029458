using System.Globalization;
using Akka.Actor;
using FletActors.Cluster.Hosting;
using FletActors.Server.Hosting;
using FletActors.Server.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FletActors;

/// <summary>Serves FletActors apps from an ASP.NET Core app that called <c>AddFletActors</c>.</summary>
public static class FletEndpointRouteBuilderExtensions
{
    /// <inheritdoc cref="MapFlet(IEndpointRouteBuilder, string, Func{Page, Task})"/>
    public static FletAppConventionBuilder MapFlet(this IEndpointRouteBuilder endpoints, string prefix, Action<Page> main)
    {
        ArgumentNullException.ThrowIfNull(main);
        return endpoints.MapFlet(prefix, page =>
        {
            main(page);
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// Serves the app <paramref name="main"/> at <paramref name="prefix"/> (<c>"/"</c>, <c>"/chat"</c>,
    /// <c>"/tools/chat"</c>): its page and the browser client's files there, its sessions through the one session
    /// service at the host's root, where native clients name it in <c>Register.app</c> by the prefix without its
    /// slashes (<c>"chat"</c>, <c>"tools/chat"</c>; <c>"main"</c> for <c>"/"</c>).
    /// </summary>
    /// <returns>
    /// A builder whose conventions apply to the page; <c>RequireAuthorization(...)</c> on it applies to the gRPC calls
    /// that start the app's sessions as well (UNAUTHENTICATED or PERMISSION_DENIED when refused).
    /// </returns>
    /// <exception cref="InvalidOperationException"><c>AddFletActors</c> was not called, or the host has started.</exception>
    /// <exception cref="ArgumentException">The prefix is not a path of plain segments, or another app has it.</exception>
    public static FletAppConventionBuilder MapFlet(this IEndpointRouteBuilder endpoints, string prefix, Func<Page, Task> main)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(main);
        if (endpoints is RouteGroupBuilder)
        {
            // A group would move the session service beneath its own prefix, where no native client looks for it.
            throw new ArgumentException("Call MapFlet on the application itself, with the app's whole path as its prefix.", nameof(endpoints));
        }

        var runtime = endpoints.ServiceProvider.GetService<FletActorsRuntime>()
            ?? throw new InvalidOperationException("MapFlet needs FletActors' services: call builder.Services.AddFletActors(builder.Configuration) first.");
        var name = AppNameOf(prefix);
        var conventions = new List<Action<EndpointBuilder>>();
        runtime.Apps.Add(name, main, conventions);
        MapSessionEndpoints(endpoints, runtime);
        var page = runtime.Assets.MapApp(endpoints, prefix, name);
        return new FletAppConventionBuilder(page, conventions);
    }

    /// <summary>The session service, health and reflection, once per host, at its root.</summary>
    internal static void MapSessionEndpoints(IEndpointRouteBuilder endpoints, FletActorsRuntime runtime)
    {
        if (runtime.ClaimSessionEndpoints())
        {
            endpoints.MapGrpcService<SessionGrpcService>();
            FletGrpcHosting.MapEndpoints(endpoints);
            FletMetricsHosting.MapEndpoints(endpoints, runtime.Options);
            if (runtime.ClusterOptions.UsesBootstrap)
            {
                MapBootstrapContactPoint(endpoints, runtime.ClusterOptions.ManagementPort);
            }
        }
    }

    /// <summary>
    /// Cluster bootstrap's contact point, on the management port only: peers ask it which cluster this node belongs to.
    /// A host of its own (AddFletActors) must listen on that port too; FletServer does.
    /// </summary>
    private static void MapBootstrapContactPoint(IEndpointRouteBuilder endpoints, int managementPort) =>
        endpoints.MapGet(BootstrapContactPoint.Path, context =>
            {
                // Written directly: an IResult would log a line at Information for every probe, once a second per peer.
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsync(BootstrapContactPoint.Json(context.RequestServices.GetRequiredService<ActorSystem>()), context.RequestAborted);
            })
            .RequireHost($"*:{managementPort.ToString(CultureInfo.InvariantCulture)}")
            .ExcludeFromDescription();

    private static string AppNameOf(string prefix)
    {
        var segments = prefix.Split('/');
        var valid = prefix.StartsWith('/')
            && (prefix == "/" || segments.Skip(1).All(s => s.Any(c => c != '.') && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')));
        if (!valid)
        {
            throw new ArgumentException(
                $"The prefix '{prefix}' must be '/' or '/' followed by segments of ASCII letters, digits, '-', '_' or '.', separated by '/' (no trailing '/').",
                nameof(prefix));
        }

        return prefix == "/" ? "main" : prefix[1..];
    }
}
