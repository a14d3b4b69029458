using Microsoft.AspNetCore.Builder;

namespace FletActors;

/// <summary>
/// What <c>MapFlet</c> returns: conventions added here (<c>RequireAuthorization</c>, <c>RequireCors</c>, metadata)
/// apply to the app's page and web client files, and its authorization also to the gRPC calls that start its sessions.
/// </summary>
public sealed class FletAppConventionBuilder : IEndpointConventionBuilder
{
    private readonly IEndpointConventionBuilder page;
    private readonly List<Action<EndpointBuilder>> conventions;

    internal FletAppConventionBuilder(IEndpointConventionBuilder page, List<Action<EndpointBuilder>> conventions)
    {
        this.page = page;
        this.conventions = conventions;
    }

    /// <inheritdoc />
    public void Add(Action<EndpointBuilder> convention)
    {
        ArgumentNullException.ThrowIfNull(convention);
        page.Add(convention);
        conventions.Add(convention);
    }

    /// <inheritdoc />
    public void Finally(Action<EndpointBuilder> finallyConvention)
    {
        ArgumentNullException.ThrowIfNull(finallyConvention);
        page.Finally(finallyConvention);

        // The session calls' policy is read from metadata, where the order conventions ran in makes no difference.
        conventions.Add(finallyConvention);
    }
}
