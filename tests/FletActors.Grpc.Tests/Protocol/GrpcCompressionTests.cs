using FletActors.Grpc.Tests.Infrastructure;
using FletActors.Grpc.Tests.Interop;
using FletActors.Protocol;
using Google.Protobuf;

namespace FletActors.Grpc.Tests.Protocol;

public sealed class GrpcCompressionTests
{
    [Fact]
    public void AcceptEncoding_ListsIdentityAndEverySupportedCompressionWithoutSpaces()
    {
        // Assert: grpc-js splits on ',' without trimming.
        Assert.Equal("identity,gzip,deflate", GrpcCompression.AcceptEncoding);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("identity", null)]
    [InlineData("gzip", "gzip")]
    [InlineData(" GZIP ", "gzip")]
    [InlineData("deflate", "deflate")]
    [InlineData("snappy", null)]
    public void Find_EncodingName_GivesItsCompressor(string? encoding, string? expected)
    {
        // Act
        var compressor = GrpcCompression.Find(encoding);

        // Assert
        Assert.Equal(expected, compressor?.EncodingName);
    }

    [Theory]
    [InlineData("identity,deflate,gzip", "gzip", true)]
    [InlineData("identity, gzip", "gzip", true)]
    [InlineData("identity,deflate", "gzip", false)]
    [InlineData("gzipx", "gzip", false)]
    [InlineData(null, "gzip", false)]
    public void Accepts_AcceptEncodingList_FindsTheEncoding(string? acceptEncoding, string encoding, bool expected)
    {
        // Act + Assert
        Assert.Equal(expected, GrpcCompression.Accepts(acceptEncoding, encoding));
    }

    [Fact]
    public void Decode_UncompressedFrame_IsThePayloadWhateverTheEncoding()
    {
        // Arrange
        var frame = new GrpcFrame(0, new byte[] { 8, 1 });

        // Act
        var bytes = GrpcCompression.Decode(frame, "snappy", 1024, StatusCode.Unimplemented);

        // Assert
        Assert.Equal(new byte[] { 8, 1 }, bytes.ToArray());
    }

    [Theory]
    [InlineData(null, StatusCode.Internal)]
    [InlineData("identity", StatusCode.Internal)]
    [InlineData("snappy", StatusCode.Unimplemented)]
    public void Decode_CompressedFrameWithoutUsableEncoding_Fails(string? encoding, StatusCode expected)
    {
        // Arrange
        var frame = new GrpcFrame(GrpcFrame.CompressedFlag, RawGrpc.Compress([8, 1], "gzip"));

        // Act
        var error = Assert.Throws<RpcException>(() => GrpcCompression.Decode(frame, encoding, 1024, StatusCode.Unimplemented));

        // Assert
        Assert.Equal(expected, error.StatusCode);
        Assert.Contains("grpc-encoding", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UnsupportedEncoding_NamesWhatIsSupported()
    {
        // Arrange
        var frame = new GrpcFrame(GrpcFrame.CompressedFlag, new byte[] { 1 });

        // Act
        var error = Assert.Throws<RpcException>(() => GrpcCompression.Decode(frame, "br", 1024, StatusCode.Internal));

        // Assert: a client reports an unknown response encoding as INTERNAL.
        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.Contains("'br'", error.Detail, StringComparison.Ordinal);
        Assert.Contains("identity,gzip,deflate", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    public void EncodeMessage_CompressibleMessageOverMinimum_IsCompressedFrameTheParserReads(string encoding)
    {
        // Arrange
        var message = new SimpleRequest { Payload = new Payload { Body = ByteString.CopyFrom(new byte[5000]) } };
        var compression = new MessageCompression(GrpcCompression.Find(encoding)!, MinimumSize: 1024);

        // Act
        var frame = RawGrpc.Frames(GrpcFrameCodec.EncodeMessage(message, int.MaxValue, compression)).Single();

        // Assert
        Assert.True(frame.IsCompressed);
        Assert.True(frame.Payload.Length < 200);
        Assert.Equal(message, SimpleRequest.Parser.ParseFrom(RawGrpc.Decompress(frame.Payload.Span, encoding)));
        Assert.Equal(message, GrpcFrameCodec.ParseMessage(frame, SimpleRequest.Parser, encoding, 10_000, StatusCode.Internal));
    }

    [Fact]
    public void EncodeMessage_UnderMinimumSize_IsUncompressed()
    {
        // Arrange
        var message = new SimpleRequest { Payload = new Payload { Body = ByteString.CopyFrom(new byte[500]) } };
        var compression = new MessageCompression(MessageCompressor.Gzip, MinimumSize: 1024);

        // Act
        var frame = GrpcFrameCodec.EncodeMessage(message, int.MaxValue, compression);

        // Assert
        Assert.Equal(GrpcFrameCodec.EncodeMessage(message), frame);
    }

    [Fact]
    public void EncodeMessage_IncompressibleMessage_IsSentUncompressed()
    {
        // Arrange: random bytes grow under gzip, so the frame goes out as it is.
        var body = new byte[4000];
        new Random(7).NextBytes(body);
        var message = new SimpleRequest { Payload = new Payload { Body = ByteString.CopyFrom(body) } };

        // Act
        var frame = GrpcFrameCodec.EncodeMessage(message, int.MaxValue, new MessageCompression(MessageCompressor.Gzip));

        // Assert
        Assert.Equal(GrpcFrameCodec.EncodeMessage(message), frame);
    }

    [Fact]
    public void EncodeMessage_CompressedButOverSendLimit_IsResourceExhausted()
    {
        // Arrange: the send limit is on the serialized size, compression or not.
        var message = new SimpleRequest { Payload = new Payload { Body = ByteString.CopyFrom(new byte[5000]) } };

        // Act
        var error = Assert.Throws<RpcException>(() =>
            GrpcFrameCodec.EncodeMessage(message, 4000, new MessageCompression(MessageCompressor.Gzip)));

        // Assert
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public void ParseMessage_CompressedOverReceiveLimit_IsResourceExhausted()
    {
        // Arrange
        var message = new SimpleRequest { Payload = new Payload { Body = ByteString.CopyFrom(new byte[5000]) } };
        var frame = new GrpcFrame(GrpcFrame.CompressedFlag, RawGrpc.Compress(message.ToByteArray(), "gzip"));

        // Act
        var error = Assert.Throws<RpcException>(() =>
            GrpcFrameCodec.ParseMessage(frame, SimpleRequest.Parser, "gzip", 4000, StatusCode.Unimplemented));

        // Assert
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }
}
