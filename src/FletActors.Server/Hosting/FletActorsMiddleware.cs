using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace FletActors.Server.Hosting;

/// <summary>
/// Puts FletActors' middleware at the front of the host's pipeline, so that an app adding FletActors need not place
/// it: the counter of session calls in flight (the drain waits for them), CORS for browser calls from configured
/// origins, and the gRPC-Web translation. None needs routing, and all must see a session call before the host's
/// own middleware might end it.
/// </summary>
internal sealed class FletActorsMiddleware(FletActorsRuntime runtime) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        runtime.Streams.Map(app);
        FletGrpcHosting.UseMiddleware(app, runtime.Options);
        next(app);
    };
}
