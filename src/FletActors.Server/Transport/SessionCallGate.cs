using FletActors.Server.Hosting;
using FletActors.Sessions;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace FletActors.Server.Transport;

/// <summary>
/// Who may start a session of which app, and who the session is for: a Register is held to its app's authorization
/// (<see cref="FletAppAccess"/>), then the caller's user and the configured request headers are captured for the
/// page. Later calls of the session (resume, Send) carry only the user's key, which the session manager compares.
/// </summary>
internal sealed class SessionCallGate(FletAppRegistry apps, FletAppAccess access, IReadOnlyList<string> capturedHeaders)
{
    /// <summary>The identity a session of <paramref name="app"/> starts with, once the caller may start one.</summary>
    /// <exception cref="RpcException">The app's authorization refused the call.</exception>
    public async Task<SessionIdentity> AdmitAsync(string app, ServerCallContext context)
    {
        var http = context.GetHttpContext();

        // An unknown app passes here and is refused by the session manager, which names the apps there are.
        if (apps.Find(app) is { } mapped)
        {
            await access.RequireAsync(mapped, http).ConfigureAwait(false);
        }

        return SessionIdentity.Of(http.User, Captured(http.Request.Headers));
    }

    /// <summary>The key of the caller's user, for calls that continue a session.</summary>
    public static string UserKeyOf(ServerCallContext context) => SessionIdentity.KeyOf(context.GetHttpContext().User);

    private IEnumerable<KeyValuePair<string, string>> Captured(IHeaderDictionary headers)
    {
        foreach (var name in capturedHeaders)
        {
            if (headers.TryGetValue(name, out var values) && values.Count > 0)
            {
                yield return new(name, string.Join(", ", values.Where(v => v is not null)));
            }
        }
    }
}
