namespace FletActors.Protocol;

/// <summary>
/// The message compressions this implementation speaks (<c>grpc-encoding</c>), the <c>grpc-accept-encoding</c>
/// it advertises, and the decoding of a received frame by its call's encoding.
/// </summary>
public static class GrpcCompression
{
    /// <summary>The encoding name that means "not compressed".</summary>
    public const string Identity = "identity";

    /// <summary>Every supported compression, in the order they are advertised.</summary>
    public static IReadOnlyList<MessageCompressor> Compressors { get; } = [MessageCompressor.Gzip, MessageCompressor.Deflate];

    /// <summary>The <c>grpc-accept-encoding</c> value listing everything this implementation decodes.</summary>
    public static string AcceptEncoding { get; } =
        string.Join(',', Compressors.Select(c => c.EncodingName).Prepend(Identity));

    /// <summary>Whether <paramref name="encoding"/> (a <c>grpc-encoding</c> value) means no compression.</summary>
    public static bool IsIdentity(string? encoding) =>
        string.IsNullOrWhiteSpace(encoding) || string.Equals(encoding.Trim(), Identity, StringComparison.OrdinalIgnoreCase);

    /// <summary>The compressor named <paramref name="encoding"/>; <see langword="null"/> for identity, an absent
    /// header, or an encoding this implementation does not support.</summary>
    public static MessageCompressor? Find(string? encoding)
    {
        if (IsIdentity(encoding))
        {
            return null;
        }

        var name = encoding!.Trim();
        foreach (var compressor in Compressors)
        {
            if (string.Equals(compressor.EncodingName, name, StringComparison.OrdinalIgnoreCase))
            {
                return compressor;
            }
        }

        return null;
    }

    /// <summary>Whether a peer's <c>grpc-accept-encoding</c> list names <paramref name="encoding"/>.</summary>
    public static bool Accepts(string? acceptEncoding, string encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        if (string.IsNullOrEmpty(acceptEncoding))
        {
            return false;
        }

        foreach (var item in acceptEncoding.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(item, encoding, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The message bytes of <paramref name="frame"/>: its payload as is when the compressed flag is clear, else the
    /// payload decompressed by the call's <paramref name="encoding"/> with the decompressed size bounded.
    /// </summary>
    /// <param name="frame">The received frame.</param>
    /// <param name="encoding">The call's <c>grpc-encoding</c> header; <see langword="null"/> when absent.</param>
    /// <param name="maxMessageSize">The largest decompressed message accepted.</param>
    /// <param name="unsupportedStatus">The status for an encoding this side does not support: UNIMPLEMENTED on a
    /// server, INTERNAL on a client.</param>
    /// <exception cref="RpcException">INTERNAL when the flag is set under identity (or no) encoding, or the data is
    /// corrupt; <paramref name="unsupportedStatus"/> for an unsupported encoding; RESOURCE_EXHAUSTED when the
    /// message decompresses to more than <paramref name="maxMessageSize"/> bytes.</exception>
    public static ReadOnlyMemory<byte> Decode(GrpcFrame frame, string? encoding, int maxMessageSize,
        StatusCode unsupportedStatus)
    {
        if (!frame.IsCompressed)
        {
            return frame.Payload;
        }

        if (IsIdentity(encoding))
        {
            throw new RpcException(StatusCode.Internal,
                "Received a message with the compressed flag set, but the call's grpc-encoding is " +
                $"{(encoding is null ? "absent" : $"'{encoding}'")}.");
        }

        var compressor = Find(encoding) ?? throw new RpcException(unsupportedStatus,
            $"Received a message compressed with grpc-encoding '{encoding}', which is not supported; " +
            $"supported: {AcceptEncoding}.");
        return compressor.Decompress(frame.Payload, maxMessageSize);
    }
}
