using FletActors.Testing;
using Xunit.Abstractions;

namespace FletActors.Cluster.Tests.MultiNode;

/// <summary>
/// Three sample-server processes form a cluster on loopback behind a round-robin TCP balancer, driven by a
/// python3-grpcio client: sessions spread over every node and are served, a session resumes through another node with
/// its state, and numbered inputs sent through different nodes are each applied once, in order.
/// </summary>
public sealed class ThreeNodeSessionTests(ITestOutputHelper output)
{
    private const int Sessions = 300;
    private static readonly TimeSpan ScriptDeadline = TimeSpan.FromMinutes(4);

    private static string ScriptDirectory { get; } = Path.Combine(ExternalProcess.FindUp("FletActors.Cluster.Tests.csproj"), "MultiNode");

    [Fact]
    public async Task ThreeNodes_ClientsThroughBalancerAndAcrossNodes_SpreadServedResumedAndInputsAppliedOnce()
    {
        // Arrange
        ExternalProcess.RequirePythonGrpc(ScriptDirectory);
        var stubs = PythonStubs.Generate(ScriptDirectory);
        using var cluster = await SampleCluster.StartAsync(3);
        await using var balancer = new RoundRobinLoadBalancer(cluster.Nodes.Select(n => n.GrpcEndPoint));
        var (a, b, c) = (cluster.Nodes[0], cluster.Nodes[1], cluster.Nodes[2]);

        // Act
        var result = await Task.Run(() => ExternalProcess.Run(ExternalProcess.SystemPython,
            [Path.Combine(ScriptDirectory, "python_cluster_client.py"), stubs, $"127.0.0.1:{balancer.EndPoint.Port}",
                a.Target, b.Target, c.Target, Sessions.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            ScriptDeadline, ScriptDirectory));

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"PASS {Sessions} sessions served through the balancer", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS resumed through node B with state kept (2)", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS inputs through nodes C, A, B applied once each, in order", result.Output, StringComparison.Ordinal);

        // The balancer hands each connection to the next node and a session is born where its client connected:
        // 100 on each node, plus the one session the script opened on node A directly.
        var started = cluster.Nodes.Select(n => n.SessionsStarted("counter")).ToList();
        output.WriteLine($"sessions started per node: {string.Join(", ", started)}");
        output.WriteLine(result.Output);
        Assert.True(started.All(n => n >= Sessions / 3), $"sessions per node: {string.Join(", ", started)}");
        Assert.Equal(Sessions + 1, started.Sum());

        // The nodes' metrics saw the same: every start, and the resume and inputs that crossed to another node, with
        // the owner's output coming back to the edge's stream.
        using var http = new HttpClient();
        var scrapes = await Task.WhenAll(cluster.Nodes.Select(n => PrometheusScrape.GetAsync(http, new Uri(n.HttpUrl, "/metrics"))));
        double Total(string name, params (string, string)[] labels) => scrapes.Sum(s => s.Sum(name, labels));
        Assert.True(Total("fletactors_sessions_started_total") >= Sessions + 1, $"started: {Total("fletactors_sessions_started_total")}");
        Assert.True(Total("fletactors_cluster_forwarded_total", ("kind", "resume")) >= 1, "a resume crossed to the owner");
        Assert.True(Total("fletactors_cluster_forwarded_total", ("kind", "input")) >= 2, "inputs through two other nodes crossed to the owner");
        Assert.True(Total("fletactors_cluster_forwarded_total", ("kind", "output")) >= 1, "the owner's output reached the edge");
        Assert.All(scrapes, s => Assert.True(s.Sum("fletactors_cluster_shards") >= 1, "each node hosts its claimed shards"));
    }
}
