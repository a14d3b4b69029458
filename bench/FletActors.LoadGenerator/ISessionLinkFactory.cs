using FletActors.Protocol.V1;

namespace FletActors.LoadGenerator;

/// <summary>Opens a session connection that starts with a Register or Resume.</summary>
internal interface ISessionLinkFactory
{
    /// <summary>Native Connect or gRPC-Web Open+Send, as the report names it.</summary>
    string Transport { get; }

    Task<ISessionLink> OpenAsync(ClientMessage first, CancellationToken cancellationToken);
}
