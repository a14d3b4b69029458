using System.Globalization;
using FletActors.Grpc.Tests.Infrastructure;

namespace FletActors.Grpc.Tests.Web;

/// <summary>
/// @connectrpc/connect-node's gRPC-Web transport sending and accepting gzip against our server compressing responses:
/// gRPC-Web follows the same compression rules as native gRPC.
/// </summary>
[Collection(CompressingGrpcServerGroup.Name)]
public sealed class ConnectGrpcWebCompressionTests(CompressingGrpcTestServer server)
{
    public static TheoryData<string> Cases => new()
    {
        "web_compressed_unary", "web_compressed_server_streaming", "web_compressed_over_limit",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ConnectGrpcWebClient_GzipCase_Passes(string testCase)
    {
        // Arrange
        ExternalTools.RequireNodePackages();
        var script = Path.Combine(ExternalTools.NodeDirectory, "connect_web_client.mjs");

        // Act
        var result = ExternalTools.Run("node",
            [script, ExternalTools.DescriptorSetPath, server.Http1Address.ToString().TrimEnd('/'),
                GrpcTestServer.MaxMessageSize.ToString(CultureInfo.InvariantCulture), testCase],
            TimeSpan.FromSeconds(60), ExternalTools.NodeDirectory);

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"PASS {testCase}", result.Output, StringComparison.Ordinal);
    }
}
