using System.Net;
using Akka.Cluster;
using Akka.Management.Cluster.Bootstrap.ContactPoint;
using FletActors.Cluster.Hosting;
using FletActors.Cluster.Tests.Support;
using Newtonsoft.Json;
using Xunit.Abstractions;

namespace FletActors.Cluster.Tests.MultiNode;

/// <summary>
/// Three sample-server processes on loopback with no seed node: Akka.Management's cluster bootstrap finds them through
/// Akka.Discovery's config method (every node's contact point listed), or through the Kubernetes API (a stand-in server
/// answering the pod list, since no API server runs here), and probes each contact point the servers serve on their
/// management port; the lowest contact point forms the cluster and the others join it.
/// </summary>
public sealed class BootstrapClusterTests(ITestOutputHelper output)
{
    private static readonly TimeSpan MembershipDeadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ThreeNodes_BootstrapOverContactPointsWithoutSeeds_FormOneClusterAllUp()
    {
        // Arrange: StartBootstrappedAsync names no seed node; it returns once each node serves.
        using var cluster = await SampleCluster.StartBootstrappedAsync(3);

        await AssertOneClusterAllUpFormedByTheLowestContactPointAsync(cluster);
    }

    [Fact]
    public async Task ThreeNodes_BootstrapThroughTheKubernetesApiWithoutSeeds_FormOneClusterAllUp()
    {
        // Arrange: three pods with the deployment's port names; the nodes list them with the namespace and selector.
        const string Namespace = "fletactors-test";
        const string Label = "app.kubernetes.io/name";
        KubernetesApiStandIn? api = null;
        try
        {
            using var cluster = await SampleCluster.StartThroughKubernetesApiAsync(3, Namespace, $"{Label}=fletactors", async (remoting, management) =>
            {
                var pods = remoting.Select((port, i) => KubernetesApiStandIn.Pod($"fletactors-{i}", Label, "fletactors", port,
                    management[i], FletActorsClusterHostingExtensions.ManagementPortName)).ToList();
                api = await KubernetesApiStandIn.StartAsync(Namespace, $"{Label}=fletactors", pods);
                return api.KubeconfigPath;
            });

            await AssertOneClusterAllUpFormedByTheLowestContactPointAsync(cluster);
            Assert.True(api!.PodLists >= 3, $"the pods were listed {api.PodLists} times");
        }
        finally
        {
            if (api is not null)
            {
                await api.DisposeAsync();
            }
        }
    }

    private async Task AssertOneClusterAllUpFormedByTheLowestContactPointAsync(SampleCluster cluster)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        // Act: read each node's contact point, as its peers' bootstrap probes do, until every node sees three Up members.
        var answers = await UntilAsync(
            () => Task.WhenAll(cluster.Nodes.Select(n => ContactPointAsync(http, n))),
            all => all.All(a => a.Nodes.Count == cluster.Nodes.Count && a.Nodes.All(m => m.Status == MemberStatus.Up)),
            all => string.Join("; ", all.Select(a => $"{a.SelfNode} sees {string.Join(", ", a.Nodes.Select(m => $"{m.Node} {m.Status}"))}")));

        // Assert: one cluster, the same three members everywhere, each node one of them.
        var members = answers[0].Nodes.Select(m => m.Node).Order().ToList();
        Assert.Equal(cluster.Nodes.Count, members.Distinct().Count());
        Assert.All(answers, a =>
        {
            Assert.Equal(members, a.Nodes.Select(m => m.Node).Order());
            Assert.Contains(a.SelfNode, members);
        });
        Assert.Equal(members, answers.Select(a => a.SelfNode).Order());

        // Akka's own log: no node had seed nodes, and only the node of the lowest contact point formed a cluster.
        Assert.All(cluster.Nodes, n => Assert.Contains(n.Process.Lines, l => l.Contains("No seed-nodes configured", StringComparison.Ordinal)));
        var founders = cluster.Nodes.Where(n => n.Process.Lines.Any(l => l.Contains("forming a new cluster", StringComparison.Ordinal))).ToList();
        var founder = Assert.Single(founders);
        Assert.Equal(cluster.Nodes.Min(n => n.ManagementEndPoint!.Port), founder.ManagementEndPoint!.Port);
        output.WriteLine($"formed by the node at {founder.ContactPointUrl}; members: {string.Join(", ", members)}");

        // The contact point is served on the management port only, not on the client-facing ports.
        using var onHttpPort = await http.GetAsync(new Uri(cluster.Nodes[0].HttpUrl, BootstrapContactPoint.Path));
        Assert.Equal(HttpStatusCode.NotFound, onHttpPort.StatusCode);
    }

    // Parsed as Akka.Management's probe parses it (HttpContactPointBootstrap): Json.NET into its own protocol type.
    private static async Task<HttpBootstrapJsonProtocol.SeedNodes> ContactPointAsync(HttpClient http, SampleNode node)
    {
        var body = await http.GetStringAsync(new Uri(node.ContactPointUrl, BootstrapContactPoint.Path));
        return JsonConvert.DeserializeObject<HttpBootstrapJsonProtocol.SeedNodes>(body)
            ?? throw new InvalidOperationException($"{node.ContactPointUrl} answered '{body}'");
    }

    private static async Task<T> UntilAsync<T>(Func<Task<T>> look, Func<T, bool> done, Func<T, string> describe)
    {
        var deadline = DateTime.UtcNow + MembershipDeadline;
        while (true)
        {
            var seen = await look();
            if (done(seen))
            {
                return seen;
            }

            Assert.True(DateTime.UtcNow < deadline, $"not one cluster of three Up members within {MembershipDeadline.TotalSeconds} s: {describe(seen)}");

            // Polling other processes' state: nothing to await but the next look, a short pause apart.
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
