using System.IO.Compression;

namespace FletActors.Grpc.Tests.Server;

public sealed class GrpcServerOptionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("gzip")]
    [InlineData("deflate")]
    public void Validate_SupportedResponseCompression_Passes(string? compression)
    {
        // Arrange
        var options = new GrpcServerOptions { ResponseCompression = compression };

        // Act + Assert
        options.Validate();
    }

    [Fact]
    public void Validate_UnsupportedResponseCompression_NamesTheChoices()
    {
        // Arrange
        var options = new GrpcServerOptions { ResponseCompression = "snappy" };

        // Act
        var error = Assert.Throws<ArgumentException>(options.Validate);

        // Assert
        Assert.Equal(nameof(GrpcServerOptions.ResponseCompression), error.ParamName);
        Assert.Contains("gzip, deflate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NegativeMinimumSize_Throws()
    {
        // Arrange
        var options = new GrpcServerOptions { ResponseCompression = "gzip", ResponseCompressionMinSize = -1 };

        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
    }

    [Fact]
    public void Validate_UnknownCompressionLevel_Throws()
    {
        // Arrange
        var options = new GrpcServerOptions { ResponseCompressionLevel = (CompressionLevel)42 };

        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
    }
}
