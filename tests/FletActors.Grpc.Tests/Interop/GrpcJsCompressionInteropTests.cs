using System.Globalization;
using FletActors.Grpc.Tests.Infrastructure;

namespace FletActors.Grpc.Tests.Interop;

/// <summary>
/// @grpc/grpc-js with <c>grpc.default_compression_algorithm</c> gzip against our server compressing responses with
/// gzip: the same compression cases as the python client.
/// </summary>
[Collection(CompressingGrpcServerGroup.Name)]
public sealed class GrpcJsCompressionInteropTests(CompressingGrpcTestServer server)
{
    public static TheoryData<string> Cases => PythonGrpcCompressionInteropTests.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void GrpcJsClient_GzipCompressionCase_Passes(string testCase)
    {
        // Arrange
        ExternalTools.RequireNodePackages();
        var script = Path.Combine(ExternalTools.NodeDirectory, "grpc_js_client.mjs");

        // Act
        var result = ExternalTools.Run("node",
            [script, ExternalTools.ProtoDirectory, ExternalTools.HealthProtoDirectory,
                $"127.0.0.1:{server.Http2Address.Port}",
                GrpcTestServer.MaxMessageSize.ToString(CultureInfo.InvariantCulture), testCase],
            TimeSpan.FromSeconds(60), ExternalTools.NodeDirectory);

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"PASS {testCase}", result.Output, StringComparison.Ordinal);
    }
}
