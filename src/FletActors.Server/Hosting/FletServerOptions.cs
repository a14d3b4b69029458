using FletActors.Sessions;

namespace FletActors.Server.Hosting;

/// <summary>
/// Everything the FletActors host can be told, read from appsettings.json, <c>FletActors__*</c> environment variables
/// and <c>--FletActors:Name=value</c> arguments (later sources win), and validated before anything listens.
/// </summary>
public sealed record FletServerOptions
{
    /// <summary>The address Kestrel binds (<c>BindAddress</c>): 127.0.0.1 by default, 0.0.0.0 in a container.</summary>
    public string BindAddress { get; init; } = "127.0.0.1";

    /// <summary>HTTP/1.1 port for browsers: the web client, static files and gRPC-Web (<c>HttpPort</c>); 0 picks a free port.</summary>
    public int HttpPort { get; init; } = 8550;

    /// <summary>
    /// Cleartext HTTP/2-only port for native gRPC clients (<c>GrpcPort</c>); 0 picks a free port. With a TLS certificate
    /// both protocols share <see cref="HttpPort"/> and this port is not opened.
    /// </summary>
    public int GrpcPort { get; init; } = 8551;

    /// <summary>A PFX certificate file that turns on TLS (<c>CertificatePath</c>); empty for cleartext.</summary>
    public string CertificatePath { get; init; } = "";

    /// <summary>The password of <see cref="CertificatePath"/> (<c>CertificatePassword</c>).</summary>
    public string CertificatePassword { get; init; } = "";

    /// <summary>The largest gRPC message accepted or sent, in bytes (<c>MaxMessageBytes</c>).</summary>
    public int MaxMessageBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>
    /// Compresses gRPC and gRPC-Web responses with <c>gzip</c> or <c>deflate</c> for clients that accept it
    /// (<c>ResponseCompression</c>); empty sends them uncompressed. Compressed requests are accepted either way.
    /// </summary>
    public string ResponseCompression { get; init; } = "";

    /// <summary>Responses smaller than this many bytes go uncompressed (<c>ResponseCompressionMinBytes</c>).</summary>
    public int ResponseCompressionMinBytes { get; init; } = 1024;

    /// <summary>
    /// The most concurrent HTTP/2 streams (gRPC calls) one client connection may hold (<c>Http2MaxStreamsPerConnection</c>).
    /// A reverse proxy or load balancer funnels many browsers and apps over a few connections, and each session holds
    /// a stream for its whole life, so the default is ten times Kestrel's 100; a proxy that reaches it opens another
    /// connection.
    /// </summary>
    public int Http2MaxStreamsPerConnection { get; init; } = 1000;

    /// <summary>
    /// How long an HTTP/2 connection may be silent before the server pings it (<c>Http2KeepAlivePingDelaySeconds</c>).
    /// With <see cref="Http2KeepAlivePingTimeout"/> it bounds how long a client that vanished without closing its
    /// connection (a dead network, a sleeping laptop) keeps its sessions attached: by default 15 s + 15 s, well within
    /// the default session timeout.
    /// </summary>
    public TimeSpan Http2KeepAlivePingDelay { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long the server waits for any frame after a keep-alive ping before it closes the connection
    /// (<c>Http2KeepAlivePingTimeoutSeconds</c>); its streams end and their sessions start their timeout.
    /// </summary>
    public TimeSpan Http2KeepAlivePingTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Origins allowed to call gRPC-Web across origins (<c>AllowedOrigins</c>, comma separated); empty for same-origin only.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>
    /// The request headers a session captures from the call that starts it, for the app to read as
    /// <c>page.Headers</c> (<c>CapturedHeaders</c>, comma separated, e.g. <c>Accept-Language,X-Request-Id</c>); none by
    /// default. Headers not listed never reach app code.
    /// </summary>
    public IReadOnlyList<string> CapturedHeaders { get; init; } = [];

    /// <summary>How long a graceful shutdown waits for sessions and streams to close (<c>ShutdownTimeoutSeconds</c>).</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Serves the <c>FletActors</c> meter (sessions, turns, gRPC calls, cluster, dead letters) in Prometheus text on
    /// <see cref="MetricsPath"/> of the HTTP port (<c>MetricsEnabled</c>).
    /// </summary>
    public bool MetricsEnabled { get; init; } = true;

    /// <summary>The path Prometheus scrapes on the HTTP port (<c>MetricsPath</c>).</summary>
    public string MetricsPath { get; init; } = "/metrics";

    /// <summary>How the console log is written: one line per entry, or JSON with scopes (<c>LogFormat</c>: simple, json).</summary>
    public ConsoleLogFormat LogFormat { get; init; } = ConsoleLogFormat.Simple;

    /// <summary>Session limits and timings.</summary>
    public SessionOptions Sessions { get; init; } = new();

    /// <summary>True when a certificate is configured.</summary>
    public bool UsesTls => CertificatePath.Length > 0;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid value.</summary>
    public void Validate()
    {
        if (!System.Net.IPAddress.TryParse(BindAddress, out _) && BindAddress != "localhost")
        {
            throw new ArgumentException($"FletActors:BindAddress must be an IP address or 'localhost' (got '{BindAddress}').", nameof(BindAddress));
        }

        RequirePort(HttpPort, nameof(HttpPort));
        if (!UsesTls)
        {
            RequirePort(GrpcPort, nameof(GrpcPort));
            if (HttpPort != 0 && HttpPort == GrpcPort)
            {
                throw new ArgumentException(
                    $"FletActors:{nameof(HttpPort)} and FletActors:{nameof(GrpcPort)} must differ: cleartext HTTP/2 needs its own port (or configure a certificate).",
                    nameof(GrpcPort));
            }
        }
        else if (!File.Exists(CertificatePath))
        {
            throw new ArgumentException($"FletActors:CertificatePath '{CertificatePath}' does not exist.", nameof(CertificatePath));
        }

        if (MaxMessageBytes is < 1024 or > 256 * 1024 * 1024)
        {
            throw new ArgumentException("FletActors:MaxMessageBytes must be between 1024 and 268435456.", nameof(MaxMessageBytes));
        }

        if (ResponseCompression is not ("" or "gzip" or "deflate"))
        {
            throw new ArgumentException(
                $"FletActors:ResponseCompression must be empty, 'gzip' or 'deflate' (got '{ResponseCompression}').",
                nameof(ResponseCompression));
        }

        if (ResponseCompressionMinBytes < 0)
        {
            throw new ArgumentException(
                $"FletActors:ResponseCompressionMinBytes must be 0 or more (got {ResponseCompressionMinBytes}).",
                nameof(ResponseCompressionMinBytes));
        }

        if (Http2MaxStreamsPerConnection is < 1 or > 1_000_000)
        {
            throw new ArgumentException(
                $"FletActors:Http2MaxStreamsPerConnection must be between 1 and 1000000 (got {Http2MaxStreamsPerConnection}).",
                nameof(Http2MaxStreamsPerConnection));
        }

        // Kestrel refuses keep-alive intervals under one second.
        RequireSeconds(Http2KeepAlivePingDelay, "Http2KeepAlivePingDelaySeconds", nameof(Http2KeepAlivePingDelay));
        RequireSeconds(Http2KeepAlivePingTimeout, "Http2KeepAlivePingTimeoutSeconds", nameof(Http2KeepAlivePingTimeout));

        if (ShutdownTimeout < TimeSpan.Zero || ShutdownTimeout > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentException("FletActors:ShutdownTimeoutSeconds must be between 0 and 600.", nameof(ShutdownTimeout));
        }

        foreach (var origin in AllowedOrigins)
        {
            if (origin != "*" && !Uri.TryCreate(origin, UriKind.Absolute, out _))
            {
                throw new ArgumentException($"FletActors:AllowedOrigins has '{origin}', which is neither '*' nor an absolute origin.", nameof(AllowedOrigins));
            }
        }

        foreach (var header in CapturedHeaders)
        {
            // An HTTP field name is a token (RFC 9110 §5.1): no spaces, separators or control characters.
            if (header.Length == 0 || header.Any(c => c > '~' || c <= ' ' || "\"(),/:;<=>?@[\\]{}".Contains(c, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"FletActors:CapturedHeaders has '{header}', which is not an HTTP header name.", nameof(CapturedHeaders));
            }
        }

        if (MetricsPath.Length < 2 || MetricsPath[0] != '/' || MetricsPath.Any(c => char.IsWhiteSpace(c) || c is '?' or '#')
            || MetricsPath.StartsWith("/fletactors.", StringComparison.Ordinal) || MetricsPath.StartsWith("/grpc.", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"FletActors:MetricsPath must be a path such as '/metrics': a '/' and a name, without spaces, '?' or '#', outside the gRPC services (got '{MetricsPath}').",
                nameof(MetricsPath));
        }

        if (!Enum.IsDefined(LogFormat))
        {
            throw new ArgumentException($"FletActors:LogFormat must be 'simple' or 'json' (got {LogFormat}).", nameof(LogFormat));
        }

        Sessions.Validate();
    }

    private static void RequireSeconds(TimeSpan value, string key, string name)
    {
        if (value < TimeSpan.FromSeconds(1) || value > TimeSpan.FromHours(1))
        {
            throw new ArgumentException($"FletActors:{key} must be between 1 and 3600 (got {value.TotalSeconds}).", name);
        }
    }

    private static void RequirePort(int port, string name)
    {
        if (port is < 0 or > 65535)
        {
            throw new ArgumentException($"FletActors:{name} must be between 0 and 65535 (got {port}).", name);
        }
    }
}
