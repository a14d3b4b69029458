using FletActors.Server.Tests.Transport;

namespace FletActors.Server.Tests.Interop;

/// <summary>@grpc/grpc-js, a gRPC implementation we did not write, drives a whole hello session over Connect.</summary>
public sealed class GrpcJsSessionInteropTests
{
    [Fact]
    public async Task GrpcJsClient_RegisterClickAckHealth_SeesHelloPatch()
    {
        // Arrange
        InteropTools.RequireNodePackages();
        await using var server = await LiveServer.StartAsync();
        var script = Path.Combine(InteropTools.ScriptDirectory, "grpc_js_session_client.cjs");

        // Act
        var result = await Task.Run(() => InteropTools.Run("node",
            [script, InteropTools.NodeDirectory, InteropTools.ProtoRoot, $"127.0.0.1:{server.GrpcUrl.Port}"],
            TimeSpan.FromSeconds(60)));

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("PASS registered session", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS click patched in Hello!", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS health SERVING", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS stream ended with OK", result.Output, StringComparison.Ordinal);
        Assert.Equal(1, server.Server.SessionCount);
    }
}
