using FletActors.Server.Tests.Transport;
using Grpc.Core;

namespace FletActors.Server.Tests.Interop;

/// <summary>
/// @connectrpc/connect-node's gRPC-Web transport, a client we did not write, drives a hello session over HTTP/1.1
/// with Open and Send, as a browser does.
/// </summary>
public sealed class ConnectWebSessionInteropTests
{
    [Fact]
    public async Task ConnectGrpcWebClient_OpenSendClickAck_SeesHelloPatch()
    {
        // Arrange
        InteropTools.RequireNodePackages();
        await using var server = await LiveServer.StartAsync();
        var script = Path.Combine(InteropTools.ScriptDirectory, "connect_web_session_client.cjs");

        // Act
        var result = await Task.Run(() => InteropTools.Run("node",
            [script, InteropTools.NodeDirectory, InteropTools.DescriptorSetPath, server.HttpUrl.ToString().TrimEnd('/')],
            TimeSpan.FromSeconds(60)));

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("PASS registered session over Open", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS click over Send patched in Hello!", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS wrong token refused with PERMISSION_DENIED", result.Output, StringComparison.Ordinal);
    }
}
