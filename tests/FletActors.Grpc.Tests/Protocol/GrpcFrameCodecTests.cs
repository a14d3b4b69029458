using System.Buffers;
using System.IO.Pipelines;
using FletActors.Grpc.Tests.Interop;
using FletActors.Protocol;

namespace FletActors.Grpc.Tests.Protocol;

public sealed class GrpcFrameCodecTests
{
    [Fact]
    public async Task ReadFrameAsync_FramesSplitAcrossWrites_ReadsEachThenCleanEnd()
    {
        // Arrange
        var pipe = new Pipe();
        var frames = GrpcFrameCodec.EncodeMessage(new SimpleRequest { ResponseSize = 7 })
            .Concat(GrpcFrameCodec.EncodeMessage(new SimpleRequest { ResponseSize = 9 })).ToArray();
        foreach (var b in frames)
        {
            await pipe.Writer.WriteAsync(new[] { b });
        }

        await pipe.Writer.CompleteAsync();

        // Act
        var first = await GrpcFrameCodec.ReadFrameAsync(pipe.Reader, 1024);
        var second = await GrpcFrameCodec.ReadFrameAsync(pipe.Reader, 1024);
        var end = await GrpcFrameCodec.ReadFrameAsync(pipe.Reader, 1024);

        // Assert
        Assert.Equal(7, GrpcFrameCodec.ParseMessage(first!.Value, SimpleRequest.Parser).ResponseSize);
        Assert.Equal(9, GrpcFrameCodec.ParseMessage(second!.Value, SimpleRequest.Parser).ResponseSize);
        Assert.Null(end);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(6)]
    public async Task ReadFrameAsync_StreamEndsInsideFrame_IsInternal(int bytesKept)
    {
        // Arrange
        var pipe = new Pipe();
        var frame = GrpcFrameCodec.EncodeMessage(new SimpleRequest { ResponseSize = 1234 });
        await pipe.Writer.WriteAsync(frame.AsMemory(0, bytesKept));
        await pipe.Writer.CompleteAsync();

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(async () => await GrpcFrameCodec.ReadFrameAsync(pipe.Reader, 1024));

        // Assert
        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }

    [Fact]
    public void TryReadFrame_LengthOverLimit_IsResourceExhaustedBeforeTheBodyArrives()
    {
        // Arrange
        var sequence = new ReadOnlySequence<byte>(new byte[] { 0, 0, 0, 4, 1 });

        // Act
        var error = Assert.Throws<RpcException>(() => GrpcFrameCodec.TryReadFrame(ref sequence, 1024, out _, out _));

        // Assert
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public void EncodeMessage_OverSendLimit_IsResourceExhausted()
    {
        // Act
        var error = Assert.Throws<RpcException>(() =>
            GrpcFrameCodec.EncodeMessage(new SimpleRequest { ResponseSize = 300 }, maxMessageSize: 2));

        // Assert
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public void ParseMessage_CompressedFrame_IsInternal()
    {
        // Act
        var error = Assert.Throws<RpcException>(() =>
            GrpcFrameCodec.ParseMessage(new GrpcFrame(GrpcFrame.CompressedFlag, new byte[] { 8, 1 }), SimpleRequest.Parser));

        // Assert
        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }

    [Fact]
    public void WebTrailers_EncodeThenParse_RoundTripsWithTrailerFlag()
    {
        // Arrange
        var trailers = new[] { new KeyValuePair<string, string>("grpc-status", "5"), new("grpc-message", "gone") };

        // Act
        var frame = GrpcWebTrailers.EncodeFrame(trailers);
        var sequence = new ReadOnlySequence<byte>(frame);
        GrpcFrameCodec.TryReadFrame(ref sequence, int.MaxValue, out var flags, out var payload);

        // Assert
        Assert.Equal(GrpcFrame.TrailersFlag, flags);
        Assert.Equal(trailers, GrpcWebTrailers.Parse(payload.ToArray()));
    }

    [Fact]
    public void WebTextDecoder_ChunksPaddedSeparately_DecodesAll()
    {
        // Arrange
        var decoder = new GrpcWebTextDecoder();
        var output = new ArrayBufferWriter<byte>();

        // Act: "ab" and "cde" padded on their own, fed in uneven pieces.
        decoder.Decode("YW"u8, output);
        decoder.Decode("I=Y2Rl"u8, output);

        // Assert
        Assert.Equal("abcde"u8.ToArray(), output.WrittenSpan.ToArray());
        Assert.False(decoder.HasPartialGroup);
    }
}
