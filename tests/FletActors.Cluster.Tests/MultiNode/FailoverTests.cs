using System.Globalization;
using FletActors.Testing;
using Xunit.Abstractions;

namespace FletActors.Cluster.Tests.MultiNode;

/// <summary>
/// kill -9 of the oldest node (the seed, which also runs the sharding coordinator) of three, while the others' sessions
/// are clicked: they lose nothing, and each client of the killed node resumes through the balancer and gets its app
/// started again on a surviving node, with the count it kept in Page.Session.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    private const int SessionsPerNode = 10;
    private static readonly TimeSpan ScriptDeadline = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan LogDeadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LogPoll = TimeSpan.FromMilliseconds(50);

    private static string ScriptDirectory { get; } = Path.Combine(ExternalProcess.FindUp("FletActors.Cluster.Tests.csproj"), "MultiNode");

    [Fact]
    public async Task KillNine_OldestNodeUnderLoad_OthersLoseNothingItsClientsRestartedWithTheirSessionValues()
    {
        // Arrange
        ExternalProcess.RequirePythonGrpc(ScriptDirectory);
        var stubs = PythonStubs.Generate(ScriptDirectory);
        using var cluster = await SampleCluster.StartAsync(3);
        await using var balancer = new RoundRobinLoadBalancer(cluster.Nodes.Select(n => n.GrpcEndPoint));
        var (victim, survivor1, survivor2) = (cluster.Nodes[0], cluster.Nodes[1], cluster.Nodes[2]);

        // Act
        var result = await Task.Run(() => ExternalProcess.Run(ExternalProcess.SystemPython,
            [Path.Combine(ScriptDirectory, "python_failover_client.py"), stubs, $"127.0.0.1:{balancer.EndPoint.Port}",
                victim.Process.Id.ToString(CultureInfo.InvariantCulture), victim.Target, survivor1.Target, survivor2.Target,
                SessionsPerNode.ToString(CultureInfo.InvariantCulture)],
            ScriptDeadline, ScriptDirectory));
        output.WriteLine(result.ToString());

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"PASS {2 * SessionsPerNode} sessions on the surviving nodes lost nothing", result.Output, StringComparison.Ordinal);
        Assert.Contains($"PASS {SessionsPerNode} clients of the killed node restarted on a surviving node with their Page.Session count",
            result.Output, StringComparison.Ordinal);
        Assert.Contains($"({SessionsPerNode - (SessionsPerNode / 2)} over Connect, {SessionsPerNode / 2} over Open and Send)",
            result.Output, StringComparison.Ordinal);
        Assert.Contains("MEASURED kill -9 to last client restarted", result.Output, StringComparison.Ordinal);
        // Each survivor logs the restarts it made, one line each; the log may trail the client's answer a little.
        int Restarts() => survivor1.Process.Lines.Concat(survivor2.Process.Lines)
            .Count(l => l.Contains(" restarted as ", StringComparison.Ordinal) && l.Contains(" was lost", StringComparison.Ordinal));
        var logDeadline = DateTime.UtcNow + LogDeadline;
        while (Restarts() < SessionsPerNode && DateTime.UtcNow < logDeadline)
        {
            await Task.Delay(LogPoll);
        }

        Assert.Equal(SessionsPerNode, Restarts());
        Assert.Equal(137, await victim.Process.WaitForExitAsync(TimeSpan.FromSeconds(10)));
        Assert.False(survivor1.Process.HasExited || survivor2.Process.HasExited);
    }
}
