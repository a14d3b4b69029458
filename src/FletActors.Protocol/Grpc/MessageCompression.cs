using System.IO.Compression;

namespace FletActors.Protocol;

/// <summary>
/// How a sender compresses the messages of one call: the algorithm, the size below which a message goes
/// uncompressed (compression gains nothing there), and the level.
/// </summary>
/// <param name="Compressor">The algorithm; its name is the call's <c>grpc-encoding</c>.</param>
/// <param name="MinimumSize">Serialized messages smaller than this many bytes are sent uncompressed.</param>
/// <param name="Level">The compression level.</param>
public sealed record MessageCompression(MessageCompressor Compressor, int MinimumSize = 0,
    CompressionLevel Level = CompressionLevel.Fastest)
{
    /// <summary>Whether a serialized message of <paramref name="size"/> bytes is worth compressing.</summary>
    public bool Applies(int size) => size >= MinimumSize;
}
