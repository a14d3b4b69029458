using FletActors.Protocol;

namespace FletActors.Grpc.Tests.Protocol;

public sealed class GrpcStatusMessageTests
{
    private const string Special = "\t\ntest with whitespace\r\nand Unicode BMP ☺ and non-BMP 😈\t\n";

    [Fact]
    public void Encode_SpecialMessage_PercentEncodesUtf8AndControls()
    {
        // Act
        var encoded = GrpcStatusMessage.Encode(Special);

        // Assert
        Assert.Equal("%09%0Atest with whitespace%0D%0Aand Unicode BMP %E2%98%BA and non-BMP %F0%9F%98%88%09%0A", encoded);
    }

    [Theory]
    [InlineData(Special)]
    [InlineData("100% done")]
    [InlineData("plain ascii ~!")]
    public void EncodeThenDecode_RoundTrips(string message)
    {
        // Act
        var decoded = GrpcStatusMessage.Decode(GrpcStatusMessage.Encode(message));

        // Assert
        Assert.Equal(message, decoded);
    }

    [Theory]
    [InlineData("bad %zz escape", "bad %zz escape")]
    [InlineData("cut %4", "cut %4")]
    [InlineData("lower %e2%98%ba", "lower ☺")]
    public void Decode_MalformedEscapes_KeptAsIs(string value, string expected)
    {
        // Act
        var decoded = GrpcStatusMessage.Decode(value);

        // Assert
        Assert.Equal(expected, decoded);
    }
}
