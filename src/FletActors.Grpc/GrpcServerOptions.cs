using System.IO.Compression;
using FletActors.Protocol;

namespace FletActors.Grpc;

/// <summary>Limits and switches of the gRPC server; validated when the services are mapped.</summary>
public sealed record GrpcServerOptions
{
    /// <summary>The defaults: 4 MiB messages both ways, 32 queued responses per stream, gRPC-Web on, no CORS,
    /// uncompressed responses.</summary>
    public static GrpcServerOptions Default { get; } = new();

    /// <summary>
    /// The largest request message accepted; a larger one fails the call with RESOURCE_EXHAUSTED. For a compressed
    /// message the limit applies to its decompressed size.
    /// </summary>
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

    /// <summary>
    /// The <c>grpc-encoding</c> responses are compressed with (<c>"gzip"</c> or <c>"deflate"</c>) when the client's
    /// <c>grpc-accept-encoding</c> names it; <see langword="null"/> (or <c>"identity"</c>) sends responses uncompressed. Compressed
    /// requests are accepted either way.
    /// </summary>
    public string? ResponseCompression { get; init; }

    /// <summary>Response messages smaller than this many bytes are sent uncompressed even when compression is on.</summary>
    public int ResponseCompressionMinSize { get; init; } = 1024;

    /// <summary>How hard responses are compressed: speed against size.</summary>
    public CompressionLevel ResponseCompressionLevel { get; init; } = CompressionLevel.Fastest;

    /// <summary>Throws when a limit is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size or capacity is not positive, or the compression
    /// level is unknown.</exception>
    /// <exception cref="ArgumentException">A CORS origin is blank, or the response compression is not
    /// supported.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ResponseCompressionMinSize);
        if (!Enum.IsDefined(ResponseCompressionLevel))
        {
            throw new ArgumentOutOfRangeException(nameof(ResponseCompressionLevel), ResponseCompressionLevel,
                "Not a compression level.");
        }

        if (!GrpcCompression.IsIdentity(ResponseCompression) && GrpcCompression.Find(ResponseCompression) is null)
        {
            throw new ArgumentException(
                $"Response compression '{ResponseCompression}' is not supported; use one of " +
                $"{string.Join(", ", GrpcCompression.Compressors.Select(c => c.EncodingName))}, or null for none.",
                nameof(ResponseCompression));
        }

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

    /// <summary>The response compression policy these options describe; null when responses go uncompressed.</summary>
    internal MessageCompression? ResponseMessageCompression() =>
        GrpcCompression.Find(ResponseCompression) is { } compressor
            ? new MessageCompression(compressor, ResponseCompressionMinSize, ResponseCompressionLevel)
            : null;
}
