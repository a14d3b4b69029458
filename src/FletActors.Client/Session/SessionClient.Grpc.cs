using FletActors.Client.Transport;
using Microsoft.Extensions.Logging;

namespace FletActors.Client;

public sealed partial class SessionClient
{
    private GrpcChannel? ownedChannel;

    /// <summary>Creates a client for a server's native gRPC endpoint (HTTP/2); the caller keeps owning the channel.</summary>
    public static SessionClient Create(
        GrpcChannel channel,
        SessionClientOptions? options = null,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new SessionClient(options ?? new SessionClientOptions(), new GrpcSessionConnector(channel), loggerFactory, timeProvider);
    }

    /// <summary>Creates a client for a server's native gRPC endpoint (HTTP/2) with a channel of its own, closed on dispose.</summary>
    public static SessionClient Create(Uri address, SessionClientOptions? options = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        var channel = new GrpcChannel(address);
        try
        {
            var client = Create(channel, options, loggerFactory);
            client.ownedChannel = channel;
            return client;
        }
        catch
        {
            channel.Dispose();
            throw;
        }
    }
}
