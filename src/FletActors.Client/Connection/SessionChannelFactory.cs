using System.IO.Compression;
using Grpc.Net.Client;
using Grpc.Net.Compression;
using Microsoft.Extensions.Logging;

namespace FletActors.Client;

/// <summary>
/// The channel <see cref="SessionClient.Create(Uri, SessionClientOptions?, ILoggerFactory?)"/> builds: limits that
/// match the server's defaults, gzip and deflate, and HTTP/2 keep-alive pings so that a server that went silent
/// (a dead node, a dropped route) is noticed and the session resumed well within its 60-second grace period.
/// </summary>
internal static class SessionChannelFactory
{
    /// <summary>The largest message sent or received: the server's default <c>MaxMessageBytes</c>.</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>How long a connection may be silent before the client pings the server.</summary>
    public static readonly TimeSpan KeepAlivePingDelay = TimeSpan.FromSeconds(15);

    /// <summary>How long an unanswered ping waits before the connection, and every session stream on it, is dropped.</summary>
    public static readonly TimeSpan KeepAlivePingTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How long opening a TCP connection may take before the attempt counts as failed.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    public static GrpcChannel Create(Uri address, ILoggerFactory? loggerFactory) =>
        GrpcChannel.ForAddress(address, Options(Handler(KeepAlivePingDelay, KeepAlivePingTimeout), loggerFactory));

    /// <summary>The HTTP/2 handler, with the keep-alive timings a test may shorten.</summary>
    public static SocketsHttpHandler Handler(TimeSpan keepAlivePingDelay, TimeSpan keepAlivePingTimeout) => new()
    {
        // A session stream is long-lived; the pool must not retire its connection for being "idle".
        PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        ConnectTimeout = ConnectTimeout,
        KeepAlivePingDelay = keepAlivePingDelay,
        KeepAlivePingTimeout = keepAlivePingTimeout,
        KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
        // Many sessions on one channel (a load generator, a test kit) would otherwise queue behind the server's
        // limit of streams per connection.
        EnableMultipleHttp2Connections = true,
    };

    /// <summary>The channel options around <paramref name="handler"/>, which the channel then owns.</summary>
    public static GrpcChannelOptions Options(HttpMessageHandler handler, ILoggerFactory? loggerFactory) => new()
    {
        // Handed over as an HttpClient rather than as HttpHandler: grpc-dotnet then sends each call straight through
        // it. Given a SocketsHttpHandler it would connect through its own subchannel instead, whose reconnect
        // backoff (1 s growing to 120 s) runs beside the session client's and fails its attempts fast while it
        // waits, so one outage would be paced by two schedules, the slower one unseen.
        HttpClient = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan },
        DisposeHttpClient = true,
        MaxReceiveMessageSize = MaxMessageBytes,
        MaxSendMessageSize = MaxMessageBytes,
        CompressionProviders =
        [
            new GzipCompressionProvider(CompressionLevel.Fastest),
            new DeflateCompressionProvider(CompressionLevel.Fastest),
        ],
        LoggerFactory = loggerFactory,
    };
}
