using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace FletActors.Protocol;

/// <summary>
/// One <c>grpc-encoding</c> algorithm: compresses a message for a frame with the compressed flag, and decompresses
/// one with a bound on the decompressed size. Each message is compressed on its own (no context spans messages).
/// </summary>
public sealed class MessageCompressor
{
    private const int InitialOutputSize = 4096;

    // The BCL writes nothing at all for empty input; a peer needs a complete (empty) stream.
    private static readonly byte[] EmptyGzip = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    private static readonly byte[] EmptyZlib = [0x78, 0x9C, 3, 0, 0, 0, 0, 1];
    private readonly bool gzip;

    private MessageCompressor(string encodingName, bool gzip)
    {
        EncodingName = encodingName;
        this.gzip = gzip;
    }

    /// <summary>gzip (RFC 1952), the encoding every gRPC implementation supports.</summary>
    public static MessageCompressor Gzip { get; } = new("gzip", gzip: true);

    /// <summary>deflate in the zlib format (RFC 1950), as gRPC core and grpc-js write it.</summary>
    public static MessageCompressor Deflate { get; } = new("deflate", gzip: false);

    /// <summary>The name in <c>grpc-encoding</c> and <c>grpc-accept-encoding</c>.</summary>
    public string EncodingName { get; }

    /// <summary>Compresses <paramref name="message"/> and appends the result to <paramref name="destination"/>.</summary>
    public void Compress(ReadOnlySpan<byte> message, Stream destination, CompressionLevel level)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (message.IsEmpty)
        {
            destination.Write(gzip ? EmptyGzip : EmptyZlib);
            return;
        }

        using Stream compressor = gzip
            ? new GZipStream(destination, level, leaveOpen: true)
            : new ZLibStream(destination, level, leaveOpen: true);
        compressor.Write(message);
    }

    /// <summary>
    /// Decompresses one message, inflating at most <paramref name="maxMessageSize"/> + 1 bytes: a message that
    /// decompresses to more is refused as soon as the limit is passed, so a small "zip bomb" never inflates whole.
    /// </summary>
    /// <returns>The decompressed message bytes.</returns>
    /// <exception cref="RpcException">RESOURCE_EXHAUSTED when the decompressed message exceeds
    /// <paramref name="maxMessageSize"/>; INTERNAL when the data is not a complete, valid stream of this encoding.
    /// </exception>
    public ReadOnlyMemory<byte> Decompress(ReadOnlyMemory<byte> compressed, int maxMessageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxMessageSize);
        var cap = (int)Math.Min((long)maxMessageSize + 1, Array.MaxLength);
        var output = new byte[Math.Min(cap, Math.Max(InitialOutputSize, compressed.Length * 4))];
        var total = 0;
        try
        {
            using var input = AsStream(compressed);
            using Stream decompressor = gzip
                ? new GZipStream(input, CompressionMode.Decompress)
                : new ZLibStream(input, CompressionMode.Decompress);
            while (true)
            {
                if (total == output.Length)
                {
                    Array.Resize(ref output, (int)Math.Min(cap, output.Length * 2L));
                }

                var read = decompressor.Read(output, total, output.Length - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > maxMessageSize)
                {
                    throw new RpcException(StatusCode.ResourceExhausted,
                        $"Received message exceeds the maximum configured message size once decompressed " +
                        $"(more than {maxMessageSize} bytes from {compressed.Length} {EncodingName} bytes).");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt(ex.Message, ex);
        }

        var result = output.AsMemory(0, total);
        if (!HasMatchingTrailer(compressed.Span, result.Span))
        {
            // .NET's inflater checks the trailer when it reaches one but ends quietly on input cut short, which
            // would hand a truncated message to the parser.
            throw Corrupt("the compressed data is truncated (its trailer does not match the data).", null);
        }

        return result;
    }

    /// <inheritdoc />
    public override string ToString() => EncodingName;

    private bool HasMatchingTrailer(ReadOnlySpan<byte> compressed, ReadOnlySpan<byte> data)
    {
        if (gzip)
        {
            // The gzip trailer ends with ISIZE: the data length modulo 2^32, little-endian.
            return compressed.Length >= 18
                && BinaryPrimitives.ReadUInt32LittleEndian(compressed[^4..]) == (uint)data.Length;
        }

        // The zlib trailer is the Adler-32 of the data, big-endian.
        return compressed.Length >= 6 && BinaryPrimitives.ReadUInt32BigEndian(compressed[^4..]) == Adler32(data);
    }

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        // 5552 is the largest run of bytes whose sums cannot overflow 32 bits before the modulo.
        const int Run = 5552;
        uint a = 1, b = 0;
        while (!data.IsEmpty)
        {
            var chunk = data[..Math.Min(Run, data.Length)];
            foreach (var value in chunk)
            {
                a += value;
                b += a;
            }

            a %= Modulus;
            b %= Modulus;
            data = data[chunk.Length..];
        }

        return (b << 16) | a;
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> data) =>
        MemoryMarshal.TryGetArray(data, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);

    private RpcException Corrupt(string reason, Exception? cause) =>
        new(new Status(StatusCode.Internal, $"Failed to decompress the {EncodingName} message: {reason}"), cause);
}
