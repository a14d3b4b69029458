using FletActors.Server.Tests.Transport;

namespace FletActors.Server.Tests.Interop;

/// <summary>
/// python3-grpcio sends huge app, route, event and prop names over the wire, as a hostile client would: every status
/// and error report quotes at most a short, marked prefix, so the client sees the real answer (grpcio refuses
/// response headers over its metadata limit and would report RESOURCE_EXHAUSTED instead).
/// </summary>
public sealed class PythonLongInputInteropTests
{
    [Fact]
    public async Task PythonGrpcClient_HugeNames_GetsShortStatusesAndReports()
    {
        // Arrange
        InteropTools.RequirePythonGrpc();
        await using var server = await LiveServer.StartAsync();
        var script = Path.Combine(InteropTools.ScriptDirectory, "python_long_input_client.py");

        // Act
        var result = await Task.Run(() => InteropTools.Run(InteropTools.SystemPython,
            [script, InteropTools.PythonStubsDirectory, $"127.0.0.1:{server.GrpcUrl.Port}"], TimeSpan.FromSeconds(60)));

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("PASS long app name: NOT_FOUND with a short status", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS long route: session started", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS long event name: UNKNOWN_EVENT with a short report", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS long prop name: INVALID_VALUE with a short report", result.Output, StringComparison.Ordinal);
    }
}
