using FletActors.Server.Tests.Transport;

namespace FletActors.Server.Tests.Interop;

/// <summary>python3-grpcio, a gRPC implementation we did not write, drives a whole hello session over Connect.</summary>
public sealed class PythonSessionInteropTests
{
    [Fact]
    public async Task PythonGrpcClient_RegisterClickAckHealth_SeesHelloPatch()
    {
        // Arrange
        InteropTools.RequirePythonGrpc();
        await using var server = await LiveServer.StartAsync();
        var script = Path.Combine(InteropTools.ScriptDirectory, "python_session_client.py");

        // Act
        var result = await Task.Run(() => InteropTools.Run(InteropTools.SystemPython,
            [script, InteropTools.PythonStubsDirectory, $"127.0.0.1:{server.GrpcUrl.Port}"], TimeSpan.FromSeconds(60)));

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("PASS registered session", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS click patched in Hello!", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS health SERVING", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS stream ended with OK", result.Output, StringComparison.Ordinal);
        Assert.Equal(1, server.Server.SessionCount);
    }
}
