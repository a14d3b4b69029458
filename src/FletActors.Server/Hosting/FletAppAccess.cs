using System.Collections.Concurrent;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace FletActors.Server.Hosting;

/// <summary>
/// Holds a session's gRPC calls to the authorization its app's page has. There is one session service for every app
/// (its endpoint cannot carry one app's policy), so the policy that ASP.NET Core's authorization middleware applies
/// to the page is rebuilt here from the same endpoint conventions and evaluated the same way, through
/// <see cref="IPolicyEvaluator"/>, when a call starts a session of that app.
/// </summary>
internal sealed class FletAppAccess(IServiceProvider services)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<AuthorizationPolicy?>>> policies = new(StringComparer.Ordinal);

    /// <summary>Completes when <paramref name="http"/> may start a session of <paramref name="app"/>.</summary>
    /// <exception cref="RpcException">Unauthenticated when the policy wants a user it did not get; PermissionDenied when the user may not.</exception>
    public async Task RequireAsync(FletMappedApp app, HttpContext http)
    {
        var policy = await policies.GetOrAdd(app.Name, _ => new Lazy<Task<AuthorizationPolicy?>>(() => PolicyOfAsync(app))).Value
            .ConfigureAwait(false);
        if (policy is null)
        {
            return;
        }

        var evaluator = services.GetRequiredService<IPolicyEvaluator>();
        var authentication = await evaluator.AuthenticateAsync(policy, http).ConfigureAwait(false);
        var authorization = await evaluator.AuthorizeAsync(policy, authentication, http, resource: null).ConfigureAwait(false);
        if (authorization.Succeeded)
        {
            return;
        }

        throw authorization.Challenged
            ? new RpcException(new Status(StatusCode.Unauthenticated,
                $"App '{app.Name}' needs a signed-in user: send the user's credentials (its cookie or bearer token) with the call."))
            : new RpcException(new Status(StatusCode.PermissionDenied, $"This user may not use app '{app.Name}'."));
    }

    /// <summary>
    /// What the authorization middleware would require of the app's page: its conventions applied to a scratch
    /// endpoint, whose authorize data and policies combine into one policy; null when it asks for none or allows
    /// anonymous callers.
    /// </summary>
    private async Task<AuthorizationPolicy?> PolicyOfAsync(FletMappedApp app)
    {
        var endpoint = new RouteEndpointBuilder(_ => Task.CompletedTask, RoutePatternFactory.Parse("/"), 0);
        foreach (var convention in app.Conventions)
        {
            convention(endpoint);
        }

        var metadata = endpoint.Metadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return null;
        }

        var authorizeData = metadata.OfType<IAuthorizeData>().ToList();
        var declared = metadata.OfType<AuthorizationPolicy>().ToList();
        if (authorizeData.Count == 0 && declared.Count == 0)
        {
            return null;
        }

        var provider = services.GetService<IAuthorizationPolicyProvider>() ?? throw new InvalidOperationException(
            $"App '{app.Name}' requires authorization, but the host has no authorization services: call builder.Services.AddAuthorization().");
        return await AuthorizationPolicy.CombineAsync(provider, authorizeData, declared).ConfigureAwait(false);
    }
}
