using System.IO.Compression;
using FletActors.Server.Tests.Transport;
using Google.Protobuf;

namespace FletActors.Server.Tests.Interop;

/// <summary>gzip and deflate (zlib) by the BCL's own streams, as an independent peer compresses gRPC messages.</summary>
public static class BclCompression
{
    /// <summary>A frame with the compressed flag whose payload is <paramref name="message"/> compressed in <paramref name="encoding"/>.</summary>
    public static byte[] CompressedFrame(IMessage message, string encoding) =>
        WireFrames.Frame(WireFrames.CompressedFlag, Compress(message.ToByteArray(), encoding));

    public static byte[] Compress(byte[] data, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding == "gzip"
            ? new GZipStream(output, CompressionLevel.Optimal)
            : new ZLibStream(output, CompressionLevel.Optimal))
        {
            compressor.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Decompress(byte[] data, string encoding)
    {
        using var input = new MemoryStream(data);
        using Stream decompressor = encoding == "gzip"
            ? new GZipStream(input, CompressionMode.Decompress)
            : new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decompressor.CopyTo(output);
        return output.ToArray();
    }
}
