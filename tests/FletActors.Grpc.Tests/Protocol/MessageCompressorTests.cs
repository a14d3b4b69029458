using System.IO.Compression;
using FletActors.Grpc.Tests.Infrastructure;
using FletActors.Protocol;

namespace FletActors.Grpc.Tests.Protocol;

public sealed class MessageCompressorTests
{
    public static TheoryData<string, int> RoundTrips => new()
    {
        { "gzip", 0 }, { "gzip", 1 }, { "gzip", 70_000 }, { "deflate", 0 }, { "deflate", 1 }, { "deflate", 70_000 },
    };

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void Compress_ThenBclDecompress_GivesTheBytesBack(string encoding, int size)
    {
        // Arrange
        var data = Data(size);
        using var output = new MemoryStream();

        // Act
        Compressor(encoding).Compress(data, output, CompressionLevel.Fastest);

        // Assert: an independent decoder (the BCL's own stream) reads what we wrote.
        Assert.Equal(data, RawGrpc.Decompress(output.ToArray(), encoding));
    }

    [Theory]
    [InlineData("gzip", 1)]
    [InlineData("gzip", 70_000)]
    [InlineData("deflate", 1)]
    [InlineData("deflate", 70_000)]
    public void Decompress_BclCompressed_GivesTheBytesBack(string encoding, int size)
    {
        // Arrange
        var data = Data(size);

        // Act
        var result = Compressor(encoding).Decompress(RawGrpc.Compress(data, encoding), maxMessageSize: size);

        // Assert
        Assert.Equal(data, result.ToArray());
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    public void Decompress_OneByteOverLimit_IsResourceExhausted(string encoding)
    {
        // Arrange
        var compressed = RawGrpc.Compress(Data(10_001), encoding);

        // Act
        var error = Assert.Throws<RpcException>(() => Compressor(encoding).Decompress(compressed, maxMessageSize: 10_000));

        // Assert
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains("once decompressed", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decompress_Bomb_StopsAtTheLimitWithoutInflatingItAll()
    {
        // Arrange: 256 MiB of zeros in a few hundred KiB, against a 64 KiB limit.
        var bomb = RawGrpc.Compress(new byte[256 << 20], "gzip");
        const int Limit = 64 * 1024;
        var before = GC.GetAllocatedBytesForCurrentThread();

        // Act
        var error = Assert.Throws<RpcException>(() => MessageCompressor.Gzip.Decompress(bomb, Limit));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Assert: memory stays near the limit, nowhere near the 256 MiB the bomb holds.
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.True(allocated < 4 << 20, $"allocated {allocated} bytes");
    }

    [Theory]
    [InlineData("gzip", 1)]
    [InlineData("gzip", 4)]
    [InlineData("gzip", 8)]
    [InlineData("gzip", 100)]
    [InlineData("deflate", 1)]
    [InlineData("deflate", 4)]
    [InlineData("deflate", 100)]
    public void Decompress_TruncatedStream_IsInternal(string encoding, int bytesCut)
    {
        // Arrange: the BCL's inflater ends quietly on a cut stream; the trailer check must catch it.
        var compressed = RawGrpc.Compress(Data(50_000), encoding);

        // Act
        var error = Assert.Throws<RpcException>(() =>
            Compressor(encoding).Decompress(compressed.AsMemory(0, compressed.Length - bytesCut), 1 << 20));

        // Assert
        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.Contains($"Failed to decompress the {encoding} message", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    public void Decompress_CorruptChecksum_IsInternal(string encoding)
    {
        // Arrange: flip a bit of the checksum (gzip: CRC-32 before ISIZE; zlib: Adler-32 at the end).
        var compressed = RawGrpc.Compress(Data(5000), encoding);
        compressed[encoding == "gzip" ? compressed.Length - 8 : compressed.Length - 1] ^= 0x01;

        // Act
        var error = Assert.Throws<RpcException>(() => Compressor(encoding).Decompress(compressed, 1 << 20));

        // Assert
        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    public void Compress_EmptyMessage_IsCompleteStreamOurDecoderReadsBack(string encoding)
    {
        // Arrange
        using var output = new MemoryStream();

        // Act
        Compressor(encoding).Compress([], output, CompressionLevel.Fastest);

        // Assert
        Assert.NotEqual(0, output.Length);
        Assert.Equal(0, Compressor(encoding).Decompress(output.ToArray(), 0).Length);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    public void Decompress_EmptyPayload_IsInternal(string encoding)
    {
        // Act
        var error = Assert.Throws<RpcException>(() => Compressor(encoding).Decompress(ReadOnlyMemory<byte>.Empty, 1024));

        // Assert
        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    public void Decompress_NotCompressedAtAll_IsInternal(string encoding)
    {
        // Act
        var error = Assert.Throws<RpcException>(() =>
            Compressor(encoding).Decompress("plain protobuf, not compressed"u8.ToArray(), 1 << 20));

        // Assert
        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }

    private static MessageCompressor Compressor(string encoding) =>
        encoding == "gzip" ? MessageCompressor.Gzip : MessageCompressor.Deflate;

    /// <summary>Half random, half repeated text: both compressible and not.</summary>
    private static byte[] Data(int size)
    {
        var data = new byte[size];
        new Random(size).NextBytes(data.AsSpan(0, size / 2));
        for (var i = size / 2; i < size; i++)
        {
            data[i] = (byte)"compressible "[i % 13];
        }

        return data;
    }
}
