using System.IO.Compression;
using FletActors.Protocol;

namespace FletActors.Client.Transport;

/// <summary>Limits of a <see cref="GrpcChannel"/>; validated when the channel is created.</summary>
public sealed record GrpcChannelOptions
{
    /// <summary>The defaults: 4 MiB messages both ways, 32 queued request messages per stream, uncompressed
    /// requests.</summary>
    public static GrpcChannelOptions Default { get; } = new();

    /// <summary>The largest response message accepted; a larger one fails the call with RESOURCE_EXHAUSTED. For a
    /// compressed message the limit applies to its decompressed size.</summary>
    public int MaxReceiveMessageSize { get; init; } = 4 * 1024 * 1024;

    /// <summary>The largest request message sent; a larger one fails the write with RESOURCE_EXHAUSTED.</summary>
    public int MaxSendMessageSize { get; init; } = 4 * 1024 * 1024;

    /// <summary>How many request messages a stream queues before <c>WriteAsync</c> waits for the network.</summary>
    public int RequestWriterCapacity { get; init; } = 32;

    /// <summary>The clock deadlines are measured on.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// The <c>grpc-encoding</c> request messages are compressed with by default (<c>"gzip"</c> or
    /// <c>"deflate"</c>); <see langword="null"/> sends them uncompressed. <see cref="CallOptions.RequestCompression"/>
    /// overrides it per call. Compressed responses are always accepted.
    /// </summary>
    public string? RequestCompression { get; init; }

    /// <summary>Request messages smaller than this many bytes are sent uncompressed even when compression is on.</summary>
    public int RequestCompressionMinSize { get; init; }

    /// <summary>How hard requests are compressed: speed against size.</summary>
    public CompressionLevel RequestCompressionLevel { get; init; } = CompressionLevel.Fastest;

    /// <summary>Throws when a limit is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size or capacity is not positive, or the compression level
    /// is unknown.</exception>
    /// <exception cref="ArgumentException">The request compression is not supported.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(RequestCompressionMinSize);
        if (!Enum.IsDefined(RequestCompressionLevel))
        {
            throw new ArgumentOutOfRangeException(nameof(RequestCompressionLevel), RequestCompressionLevel,
                "Not a compression level.");
        }

        ResolveCompression(RequestCompression, nameof(RequestCompression));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxReceiveMessageSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxSendMessageSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(RequestWriterCapacity);
        ArgumentNullException.ThrowIfNull(TimeProvider);
    }

    /// <summary>The compression of a call's requests: the call's choice, else the channel's.</summary>
    /// <exception cref="ArgumentException">The chosen encoding is not supported.</exception>
    internal MessageCompression? RequestMessageCompression(CallOptions callOptions) =>
        ResolveCompression(callOptions.RequestCompression ?? RequestCompression, nameof(CallOptions.RequestCompression))
            is { } compressor
            ? new MessageCompression(compressor, RequestCompressionMinSize, RequestCompressionLevel)
            : null;

    private static MessageCompressor? ResolveCompression(string? encoding, string parameter)
    {
        if (GrpcCompression.IsIdentity(encoding))
        {
            return null;
        }

        return GrpcCompression.Find(encoding) ?? throw new ArgumentException(
            $"Request compression '{encoding}' is not supported; use one of " +
            $"{string.Join(", ", GrpcCompression.Compressors.Select(c => c.EncodingName))}, or null for none.",
            parameter);
    }
}
