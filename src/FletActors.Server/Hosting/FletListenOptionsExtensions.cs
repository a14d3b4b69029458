using FletActors.Server.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace FletActors;

/// <summary>Kestrel set-up for an ASP.NET Core host that serves FletActors sessions (<c>AddFletActors</c>).</summary>
public static class FletListenOptionsExtensions
{
    /// <summary>
    /// Lets the clients of this endpoint read the end of their session streams when the host stops. Kestrel closes an
    /// HTTP/2 connection at once after its last stream; a frame the client sends in that moment meets a closed socket,
    /// the TCP reset that answers it discards what the client had received but not read yet (the session's
    /// SessionClosed and its stream's trailers), and the client sees its connection fail instead of a clean end. With
    /// this, the connection keeps reading and dropping what arrives until the client closes it, for at most 5 s.
    /// <see cref="FletApp"/> does this on its own endpoints. Call it first in the endpoint's set-up, before
    /// <c>UseHttps</c>, so that it sees the TCP connection.
    /// </summary>
    public static ListenOptions UseFletActorsConnectionDrain(this ListenOptions listen)
    {
        ArgumentNullException.ThrowIfNull(listen);
        listen.Use(ConnectionDrain.Middleware);
        return listen;
    }
}
