using System.Globalization;
using FletActors.Testing;
using Xunit.Abstractions;

namespace FletActors.Cluster.Tests.MultiNode;

/// <summary>
/// A session started by a signed-in user admits only that user, also through another node: the auth sample runs as a
/// two-node cluster, and a python3-grpcio client (python_identity_client.py) resumes and Sends to ada's greeter
/// session through the node that does not hold it (named, or through round-robin balancers that alternate the nodes),
/// without a cookie, as grace, and as ada; the node holding the session makes the check. When that node leaves, only
/// ada may start the session's app again elsewhere.
/// </summary>
public sealed class IdentityAcrossNodesTests(ITestOutputHelper output)
{
    private static readonly TimeSpan ScriptDeadline = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan LogDeadline = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, string> Users = new(StringComparer.Ordinal)
    {
        ["ada"] = "lovelace",
        ["grace"] = "hopper",
    };

    private static string ScriptDirectory { get; } = Path.Combine(ExternalProcess.FindUp("FletActors.Cluster.Tests.csproj"), "MultiNode");

    [Fact]
    public async Task SignedInSession_ResumeAndSendThroughAnotherNode_RefusedToOthersAndServedToItsUser()
    {
        // Arrange
        ExternalProcess.RequirePythonGrpc(ScriptDirectory);
        var stubs = PythonStubs.Generate(ScriptDirectory);
        using var cluster = await AuthSampleCluster.StartAsync(2, Users);
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);

        // Act
        var result = await Task.Run(() => ExternalProcess.Run(ExternalProcess.SystemPython,
            [Path.Combine(ScriptDirectory, "python_identity_client.py"), stubs, "live", a.Target, a.HttpUrl.ToString(), b.Target, b.HttpUrl.ToString()],
            ScriptDeadline, ScriptDirectory));

        // Assert
        output.WriteLine(result.ToString());
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("PASS resume through node B as anonymous refused with UNAUTHENTICATED", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS resume through node B as grace refused with PERMISSION_DENIED", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS Send through node B as ada reached the session", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS Send through node B as anonymous refused with UNAUTHENTICATED", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS Send through node B as grace refused with PERMISSION_DENIED", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS resume through node B as ada resumed the session (last input 1)", result.Output, StringComparison.Ordinal);

        // Node B knows the token but not whose session it is: the four refusals were made, and logged, by node A (its
        // console logger writes in the background, so the lines may come a little after the answers).
        const string WrongUser = "comes from another user than the session's";
        var refusalsLogged = 0;
        await a.Process.WaitForLineAsync(l => l.Contains(WrongUser, StringComparison.Ordinal) && ++refusalsLogged == 4, LogDeadline);
    }

    [Fact]
    public async Task SignedInSession_CallsThroughTheBalancerToEitherNode_RefusedToOthersByTheNodeHoldingIt()
    {
        // Arrange
        ExternalProcess.RequirePythonGrpc(ScriptDirectory);
        var stubs = PythonStubs.Generate(ScriptDirectory);
        using var cluster = await AuthSampleCluster.StartAsync(2, Users);
        await using var grpcBalancer = new RoundRobinLoadBalancer(cluster.Nodes.Select(n => n.GrpcEndPoint));
        await using var httpBalancer = new RoundRobinLoadBalancer(cluster.Nodes.Select(n => n.HttpEndPoint));

        // Act
        var result = await Task.Run(() => ExternalProcess.Run(ExternalProcess.SystemPython,
            [Path.Combine(ScriptDirectory, "python_identity_client.py"), stubs, "balanced", $"127.0.0.1:{grpcBalancer.EndPoint.Port}",
                $"http://127.0.0.1:{httpBalancer.EndPoint.Port}/"],
            ScriptDeadline, ScriptDirectory));

        // Assert
        output.WriteLine(result.ToString());
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("PASS resume through the balancer as anonymous refused with UNAUTHENTICATED on both nodes", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS resume through the balancer as grace refused with PERMISSION_DENIED on both nodes", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS Send through the balancer as anonymous refused with UNAUTHENTICATED on both nodes", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS Send through the balancer as grace refused with PERMISSION_DENIED on both nodes", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS Send through the balancer as ada, on both nodes, reached the session", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS resume through the balancer as ada resumed the session (last input 2)", result.Output, StringComparison.Ordinal);
        output.WriteLine($"connections per node: {string.Join(", ", grpcBalancer.ConnectionsPerBackend.Values)}");
        Assert.All(grpcBalancer.ConnectionsPerBackend.Values, count => Assert.True(count >= 5, $"connections per node: {count}"));

        // Calls reached the node not holding the session and crossed to the one holding it, which refused all eight.
        using var http = new HttpClient();
        var scrapes = await Task.WhenAll(cluster.Nodes.Select(n => PrometheusScrape.GetAsync(http, new Uri(n.HttpUrl, "/metrics"))));
        var owner = cluster.Nodes[Array.FindIndex(scrapes, s => s.Sum("fletactors_sessions_started_total") >= 1)];
        Assert.True(scrapes.Sum(s => s.Sum("fletactors_cluster_forwarded_total", ("kind", "resume"))) >= 2, "a resume of each caller crossed nodes");
        Assert.True(scrapes.Sum(s => s.Sum("fletactors_cluster_forwarded_total", ("kind", "input"))) >= 3, "a Send of each caller crossed nodes");
        const string WrongUser = "comes from another user than the session's";
        var refusalsLogged = 0;
        await owner.Process.WaitForLineAsync(l => l.Contains(WrongUser, StringComparison.Ordinal) && ++refusalsLogged == 8, LogDeadline);
    }

    [Fact]
    public async Task SignedInSessionOfALeavingNode_RestartThroughAnotherNode_RefusedToOthersAndStartedForItsUser()
    {
        // Arrange
        ExternalProcess.RequirePythonGrpc(ScriptDirectory);
        var stubs = PythonStubs.Generate(ScriptDirectory);
        using var cluster = await AuthSampleCluster.StartAsync(2, Users);
        var (survivor, victim) = (cluster.Nodes[0], cluster.Nodes[1]);

        // Act
        var result = await Task.Run(() => ExternalProcess.Run(ExternalProcess.SystemPython,
            [Path.Combine(ScriptDirectory, "python_identity_client.py"), stubs, "restart", survivor.Target, survivor.HttpUrl.ToString(),
                victim.Target, victim.HttpUrl.ToString(), victim.Process.Id.ToString(CultureInfo.InvariantCulture)],
            ScriptDeadline, ScriptDirectory));

        // Assert
        output.WriteLine(result.ToString());
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("PASS node B stopped; the session closed with REASON_NODE_LEAVING", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS restart through node A as grace refused with PERMISSION_DENIED", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS restart through node A as anonymous refused with UNAUTHENTICATED", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS restart through node A as ada started the app again", result.Output, StringComparison.Ordinal);
    }
}
