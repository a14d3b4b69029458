namespace FletActors.Grpc;

/// <summary>Limits and switches of the gRPC server; validated when the services are mapped.</summary>
public sealed record GrpcServerOptions
{
    /// <summary>The defaults: 4 MiB messages both ways, 32 queued responses per stream, gRPC-Web on, no CORS.</summary>
    public static GrpcServerOptions Default { get; } = new();

    /// <summary>The largest request message accepted; a larger one fails the call with RESOURCE_EXHAUSTED.</summary>
    public int MaxReceiveMessageSize { get; init; } = 4 * 1024 * 1024;

    /// <summary>The largest response message sent; a larger one fails the call with RESOURCE_EXHAUSTED.</summary>
    public int MaxSendMessageSize { get; init; } = 4 * 1024 * 1024;

    /// <summary>How many response messages a stream queues before <c>WriteAsync</c> waits for the network.</summary>
    public int ResponseWriterCapacity { get; init; } = 32;

    /// <summary>Whether gRPC-Web (binary and text) requests are served beside native gRPC.</summary>
    public bool EnableGrpcWeb { get; init; } = true;

    /// <summary>
    /// Origins allowed to call gRPC-Web from a browser (CORS). Empty allows none; <c>"*"</c> allows any.
    /// </summary>
    public IReadOnlyList<string> CorsAllowedOrigins { get; init; } = [];

    /// <summary>How long browsers may cache a CORS preflight answer.</summary>
    public TimeSpan CorsPreflightMaxAge { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Throws when a limit is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size or capacity is not positive.</exception>
    /// <exception cref="ArgumentException">A CORS origin is blank.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxReceiveMessageSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxSendMessageSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ResponseWriterCapacity);
        ArgumentOutOfRangeException.ThrowIfLessThan(CorsPreflightMaxAge, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(CorsAllowedOrigins);
        if (CorsAllowedOrigins.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("CORS origins must not be blank.", nameof(CorsAllowedOrigins));
        }
    }
}
