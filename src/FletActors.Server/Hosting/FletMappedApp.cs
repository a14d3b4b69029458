using Microsoft.AspNetCore.Builder;

namespace FletActors.Server.Hosting;

/// <summary>
/// One app the host serves: its name (what <c>Register.app</c> says), its main, and the endpoint conventions its
/// page carries (<c>RequireAuthorization</c> and the like), which its sessions' gRPC calls are held to as well.
/// </summary>
internal sealed record FletMappedApp(string Name, Func<Page, Task> Main, IReadOnlyList<Action<EndpointBuilder>> Conventions);
