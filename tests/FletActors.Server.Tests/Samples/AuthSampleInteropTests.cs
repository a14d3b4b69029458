using FletActors.Server.Tests.Interop;
using FletActors.Testing;

namespace FletActors.Server.Tests.Samples;

/// <summary>The auth sample against python3-grpcio, a gRPC client we did not write, with and without the user's cookie.</summary>
public sealed class AuthSampleInteropTests
{
    [Fact]
    public async Task PythonGrpcClient_WithoutThenWithCookie_RefusedThenGreetedByName()
    {
        // Arrange
        InteropTools.RequirePythonGrpc();
        await using var host = await AuthSampleHost.StartAsync();
        var script = Path.Combine(InteropTools.ScriptDirectory, "python_auth_client.py");

        // Act
        var result = await Task.Run(() => InteropTools.Run(InteropTools.SystemPython,
            [script, InteropTools.PythonStubsDirectory, $"127.0.0.1:{host.GrpcUrl.Port}", host.HttpUrl.ToString(), "ada", "lovelace"],
            TimeSpan.FromSeconds(60)));

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("PASS no credentials refused with UNAUTHENTICATED", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS signed in, the page greets: Hello, ada!", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS the page shows the captured header", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS resume by another caller refused with UNAUTHENTICATED", result.Output, StringComparison.Ordinal);
    }
}
