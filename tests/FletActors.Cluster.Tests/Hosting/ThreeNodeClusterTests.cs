using Akka.Cluster;
using FletActors.Cluster.Hosting;
using FletActors.Cluster.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FletActors.Cluster.Tests.Hosting;

/// <summary>
/// Three nodes in this process on loopback, each set up by <see cref="FletActorsClusterHostingExtensions"/> with seed
/// discovery: they form one cluster, and a session whose id was made on a node is born and served on that node,
/// whichever node a later message enters through.
/// </summary>
public sealed class ThreeNodeClusterTests : Akka.TestKit.Xunit2.TestKit, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);
    private readonly List<ClusterTestNode> nodes = [];

    public async Task InitializeAsync()
    {
        var ports = Enumerable.Range(0, 3).Select(_ => ClusterTestNode.FreeTcpPort()).ToList();
        var options = new ClusterNodeOptions
        {
            Discovery = ClusterDiscoveryMode.Seeds,
            SeedNodes = [$"akka.tcp://{ClusterNodeOptions.ActorSystemName}@127.0.0.1:{ports[0]}"],
            ClusterSecret = "a-cluster-secret-of-at-least-32-characters",
            ShardCount = 30,
        }.WithFastFailover();
        nodes.AddRange(await Task.WhenAll(ports.Select(port => ClusterTestNode.StartAsync(options with { NodePort = port }))));
    }

    public async Task DisposeAsync() => await Task.WhenAll(nodes.Select(n => n.DisposeAsync().AsTask()));

    [Fact]
    public async Task ThreeNodes_FormOneClusterAllUpAndReady()
    {
        await AllUpAsync();

        var addresses = nodes.Select(n => n.Address).Order().ToList();
        foreach (var node in nodes)
        {
            Assert.Equal(addresses, node.Cluster.State.Members.Select(m => m.Address.ToString()).Order());
            Assert.Equal(HealthStatus.Healthy, (await node.ReadinessAsync()).Status);
        }
    }

    [Fact]
    public async Task NewSessions_BornOnTheNodeThatMadeTheirIds_AndServedThereThroughEveryNode()
    {
        await AllUpAsync();

        // B first, so its shard is not the first one the coordinator ever allocates; then each node in turn, and B again
        // once it hosts a shard already.
        foreach (var birthplace in new[] { nodes[1], nodes[0], nodes[2], nodes[1] })
        {
            var id = birthplace.Ids.NewId(await birthplace.LocalShardsAsync(), await ShardsElsewhereAsync(birthplace));

            var born = await birthplace.AskAsync(id, "create");

            Assert.Equal(new WhereAmIEntity.Hosted(id, birthplace.Address, "create"), born);
            foreach (var entry in nodes)
            {
                var served = await entry.AskAsync(id, $"via {entry.Address}");
                Assert.Equal(new WhereAmIEntity.Hosted(id, birthplace.Address, $"via {entry.Address}"), served);
            }
        }
    }

    [Fact]
    public async Task UnallocatedShard_RequestedByTheRegionWithTheMostShards_StillGoesToIt()
    {
        await AllUpAsync();
        var crowded = nodes[2];
        foreach (var _ in Enumerable.Range(0, 3))
        {
            // No local shards passed: each id takes a shard no region hosts yet.
            var id = crowded.Ids.NewId([], await AllShardsAsync());
            Assert.Equal(crowded.Address, (await crowded.AskAsync(id, "create")).Node);
        }

        // Least-shards would now pick one of the two empty regions; requester-first picks the asking one.
        var next = crowded.Ids.NewId([], await AllShardsAsync());
        var hosted = await crowded.AskAsync(next, "create");

        Assert.Equal(crowded.Address, hosted.Node);
        Assert.Equal(4, (await crowded.LocalShardsAsync()).Count);
        Assert.Empty(await nodes[0].LocalShardsAsync());
    }

    private Task AllUpAsync() => AwaitConditionAsync(
        () => Task.FromResult(nodes.All(n => n.Cluster.State.Members.Count(m => m.Status == MemberStatus.Up) == nodes.Count)),
        Deadline);

    private async Task<List<string>> ShardsElsewhereAsync(ClusterTestNode self)
    {
        var others = await Task.WhenAll(nodes.Where(n => n != self).Select(n => n.LocalShardsAsync()));
        return [.. others.SelectMany(s => s)];
    }

    private async Task<List<string>> AllShardsAsync()
    {
        var all = await Task.WhenAll(nodes.Select(n => n.LocalShardsAsync()));
        return [.. all.SelectMany(s => s)];
    }
}
