using System.Diagnostics;
using System.Globalization;
using FletActors.Cluster.Hosting;
using FletActors.Testing;
using Xunit.Abstractions;

namespace FletActors.Cluster.Tests.MultiNode;

/// <summary>
/// A node of three that is paused past the failure detector, and one that is stopped with SIGTERM, each under
/// python3-grpcio clients (python_pause_client.py, python_leave_client.py): the paused node never serves a client
/// again and exits non-zero once it learns it was downed; the stopped node sends its clients elsewhere with
/// NODE_LEAVING, turns NOT_SERVING and exits 0 within its grace period; the other nodes' clients notice nothing.
/// </summary>
public sealed class NodeLifecycleTests(ITestOutputHelper output)
{
    private const int SessionsPerNode = 6;

    // ServerExitCodes (FletActors.Server): what the sample's Program returns.
    private const int StoppedExitCode = 0;
    private const int DownedExitCode = 3;

    // A graceful stop ends within the drain (FletActors:ShutdownTimeoutSeconds, 10 s by default) plus the leave
    // (FletActors:Cluster:LeaveTimeoutSeconds); the sample cluster runs with both defaults.
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(10) + new ClusterNodeOptions().LeaveTimeout;

    // Beyond the two budgets: the host's own stop and the process's teardown, on a loaded two-core machine.
    private static readonly TimeSpan ExitSlack = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ScriptDeadline = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan DowningDeadline = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ExitDeadline = TimeSpan.FromSeconds(60);

    private static string ScriptDirectory { get; } = Path.Combine(ExternalProcess.FindUp("FletActors.Cluster.Tests.csproj"), "MultiNode");

    [Fact]
    public async Task Sigstop_NodePausedPastDowning_ItsStreamsCarryNothingAfterSigcontEndUnavailableAndItExitsNonZero()
    {
        // Arrange
        var stubs = Stubs();
        using var cluster = await SampleCluster.StartAsync(3);
        await using var balancer = new RoundRobinLoadBalancer(cluster.Nodes.Select(n => n.GrpcEndPoint));
        var (victim, survivor1, survivor2) = (cluster.Nodes[1], cluster.Nodes[0], cluster.Nodes[2]);
        var goFile = Path.Combine(stubs, "victim-downed");

        // Act
        using var script = Script("python_pause_client.py", stubs, balancer, victim, survivor1, survivor2, goFile);
        await script.WaitForLineAsync(l => l == "PAUSED", ScriptDeadline);
        var paused = Stopwatch.StartNew();
        // Only the survivors' leader decides; either survivor's log will do.
        var downing = await Task.WhenAny(new[] { survivor1, survivor2 }.Select(n => n.Process.WaitForLineAsync(
            l => l.Contains("SBR took decision", StringComparison.Ordinal) && l.Contains("is downing", StringComparison.Ordinal)
                && !l.Contains("including myself", StringComparison.Ordinal), DowningDeadline)));
        output.WriteLine($"survivors downed the victim {paused.Elapsed.TotalSeconds:0.00} s after PAUSED: {await downing}");
        await File.WriteAllTextAsync(goFile, "downed");
        await script.WaitForLineAsync(l => l == "CONTINUED", ScriptDeadline);
        var continued = Stopwatch.StartNew();
        var victimExit = await victim.Process.WaitForExitAsync(ExitDeadline);
        output.WriteLine($"victim exited {continued.Elapsed.TotalSeconds:0.00} s after SIGCONT with {victimExit}");
        var scriptExit = await script.WaitForExitAsync(ScriptDeadline);
        output.WriteLine(string.Join('\n', script.Lines));
        output.WriteLine("victim log:\n" + string.Join('\n', victim.Process.Lines.Where(IsLifecycleLine)));

        // Assert
        Assert.True(scriptExit == 0, string.Join('\n', script.Lines));
        Assert.Contains(script.Lines, l => l.StartsWith("PASS every victim session answered through the balancer", StringComparison.Ordinal));
        Assert.Contains(script.Lines, l => l == $"PASS {SessionsPerNode} old streams carried no batch after SIGCONT and ended with UNAVAILABLE from the serving gate");
        Assert.Contains(script.Lines, l => l.StartsWith("PASS no session id was served by two nodes", StringComparison.Ordinal));
        Assert.Contains(script.Lines, l => l.StartsWith($"PASS {2 * SessionsPerNode} sessions on the surviving nodes lost nothing", StringComparison.Ordinal));
        Assert.Equal(DownedExitCode, victimExit);
        // The victim's own account: its gate found the freeze, then closed before the process ended.
        Assert.Contains(victim.Process.Lines, l => l.Contains("This node was frozen for", StringComparison.Ordinal));
        Assert.Contains(victim.Process.Lines, l => l.Contains("Serving verdict Serve -> ", StringComparison.Ordinal));
        Assert.False(survivor1.Process.HasExited || survivor2.Process.HasExited);
    }

    [Fact]
    public async Task Sigterm_NodeWithClients_TellsThemNodeLeavingTurnsNotServingAndExitsZeroWithinGrace()
    {
        // Arrange
        var stubs = Stubs();
        using var cluster = await SampleCluster.StartAsync(3);
        await using var balancer = new RoundRobinLoadBalancer(cluster.Nodes.Select(n => n.GrpcEndPoint));
        var (victim, survivor1, survivor2) = (cluster.Nodes[1], cluster.Nodes[0], cluster.Nodes[2]);

        // Act
        using var script = Script("python_leave_client.py", stubs, balancer, victim, survivor1, survivor2, goFile: null);
        await script.WaitForLineAsync(l => l == "SIGTERM", ScriptDeadline);
        var terminated = Stopwatch.StartNew();
        var victimExit = await victim.Process.WaitForExitAsync(ExitDeadline);
        var exitAfter = terminated.Elapsed;
        var scriptExit = await script.WaitForExitAsync(ScriptDeadline);
        output.WriteLine($"victim exited {exitAfter.TotalSeconds:0.00} s after SIGTERM with {victimExit}");
        output.WriteLine(string.Join('\n', script.Lines));
        output.WriteLine("victim log:\n" + string.Join('\n', victim.Process.Lines.Where(IsLifecycleLine)));

        // Assert
        Assert.True(scriptExit == 0, string.Join('\n', script.Lines));
        Assert.Contains(script.Lines, l => l == "PASS health of the victim turned NOT_SERVING ('' and 'ready')");
        Assert.Contains(script.Lines, l => l == $"PASS {SessionsPerNode} clients of the victim told REASON_NODE_LEAVING, their streams ended OK");
        Assert.Contains(script.Lines, l => l.StartsWith("PASS a new session through the balancer served and clicked", StringComparison.Ordinal));
        Assert.Contains(script.Lines, l => l.StartsWith($"PASS {2 * SessionsPerNode} sessions on the surviving nodes lost nothing", StringComparison.Ordinal));
        Assert.Equal(StoppedExitCode, victimExit);
        Assert.True(exitAfter < GracePeriod + ExitSlack, $"the victim took {exitAfter} to exit; its grace period is {GracePeriod}");
        Assert.Contains(victim.Process.Lines, l => l.Contains("with NodeLeaving", StringComparison.Ordinal));
        Assert.False(survivor1.Process.HasExited || survivor2.Process.HasExited);
    }

    private static string Stubs()
    {
        ExternalProcess.RequirePythonGrpc(ScriptDirectory);
        var stubs = PythonStubs.Generate(ScriptDirectory);
        var health = Path.Combine(ExternalProcess.FindUp("FletActors.sln"), "protos", "grpc", "health", "v1");
        ExternalProcess.Protoc(["-I", health, $"--python_out={stubs}", "health.proto"], ScriptDirectory);
        return stubs;
    }

    private static NodeProcess Script(string name, string stubs, RoundRobinLoadBalancer balancer, SampleNode victim,
        SampleNode survivor1, SampleNode survivor2, string? goFile)
    {
        List<string> arguments =
        [
            Path.Combine(ScriptDirectory, name), stubs, $"127.0.0.1:{balancer.EndPoint.Port}",
            victim.Process.Id.ToString(CultureInfo.InvariantCulture), victim.Target, survivor1.Target, survivor2.Target,
            SessionsPerNode.ToString(CultureInfo.InvariantCulture),
        ];
        if (goFile is not null)
        {
            arguments.Add(goFile);
        }

        return NodeProcess.Start(ExternalProcess.SystemPython, arguments, new Dictionary<string, string>(), ScriptDirectory);
    }

    private static bool IsLifecycleLine(string line) =>
        line.Contains("Serving verdict", StringComparison.Ordinal) || line.Contains("frozen", StringComparison.Ordinal)
        || line.Contains("Draining", StringComparison.Ordinal) || line.Contains("SBR", StringComparison.Ordinal)
        || line.Contains("exiting with code", StringComparison.Ordinal) || line.Contains("Shutting down", StringComparison.Ordinal)
        || line.Contains("Stopped", StringComparison.Ordinal);
}
