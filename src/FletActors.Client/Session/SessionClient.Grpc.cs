using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;

namespace FletActors.Client;

public sealed partial class SessionClient
{
    private GrpcChannel? ownedChannel;

    /// <summary>
    /// Creates a client for a server's native gRPC endpoint (HTTP/2) on <paramref name="channel"/>; the caller keeps
    /// owning the channel. Configure keep-alive pings on its handler so that a silent server is noticed.
    /// </summary>
    /// <remarks>
    /// A channel given a <see cref="SocketsHttpHandler"/> as <c>HttpHandler</c> also runs grpc-dotnet's own reconnect
    /// backoff, and calls fail at once while it waits; hand the handler over in an <see cref="HttpClient"/> to leave
    /// reconnecting to <see cref="ReconnectOptions"/> alone, as <see cref="Create(Uri, SessionClientOptions?, ILoggerFactory?)"/> does.
    /// </remarks>
    public static SessionClient Create(
        GrpcChannel channel,
        SessionClientOptions? options = null,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return Create(channel.CreateCallInvoker(), options, loggerFactory, timeProvider);
    }

    /// <summary>
    /// Creates a client whose Connect calls go through <paramref name="invoker"/>, e.g. a channel with interceptors
    /// (<c>channel.Intercept(...)</c>); the caller keeps owning the channel behind it.
    /// </summary>
    public static SessionClient Create(
        CallInvoker invoker,
        SessionClientOptions? options = null,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(invoker);
        options ??= new SessionClientOptions();
        return new SessionClient(options, new GrpcSessionConnector(invoker, options.RequestCompression), loggerFactory,
            timeProvider);
    }

    /// <summary>
    /// Creates a client for a server's native gRPC endpoint (HTTP/2) with a channel of its own, closed on dispose:
    /// 4 MB message limits (the server's default), gzip and deflate, and keep-alive pings that drop a connection
    /// to a server silent for about 25 seconds, so the client resumes elsewhere. For other settings create a
    /// <see cref="GrpcChannel"/> and pass it instead.
    /// </summary>
    public static SessionClient Create(Uri address, SessionClientOptions? options = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        var channel = SessionChannelFactory.Create(address, loggerFactory);
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
