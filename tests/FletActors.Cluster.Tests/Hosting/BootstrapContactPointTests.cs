using Akka.Cluster;
using Akka.Management.Cluster.Bootstrap.ContactPoint;
using FletActors.Cluster.Hosting;
using FletActors.Cluster.Tests.Support;
using Newtonsoft.Json;

namespace FletActors.Cluster.Tests.Hosting;

/// <summary>
/// A node's bootstrap contact point answer, read back the way Akka.Management's probes read it (Json.NET into its own
/// protocol type): the members a newcomer may join, and none once the node is leaving.
/// </summary>
public sealed class BootstrapContactPointTests : Akka.TestKit.Xunit2.TestKit, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private ClusterTestNode node = null!;

    public async Task InitializeAsync() => node = await ClusterTestNode.StartAsync(new ClusterNodeOptions { ShardCount = 10 });

    public async Task DisposeAsync() => await node.DisposeAsync();

    [Fact]
    public async Task Json_UpNode_ParsesAsBootstrapsProbeDoes_NamingItselfUpWithItsUid()
    {
        await AwaitConditionAsync(() => Task.FromResult(node.Cluster.SelfMember.Status == MemberStatus.Up), Deadline);

        var answer = Parse(BootstrapContactPoint.Json(node.System));

        Assert.Equal(node.Cluster.SelfAddress, answer.SelfNode);
        var member = Assert.Single(answer.Nodes);
        Assert.Equal(node.Cluster.SelfAddress, member.Node);
        Assert.Equal(node.Cluster.SelfUniqueAddress.Uid, member.NodeUid);
        Assert.Equal(MemberStatus.Up, member.Status);
    }

    [Fact]
    public async Task Json_NodeThatLeft_StillNamesItselfButNoMemberToJoin()
    {
        await AwaitConditionAsync(() => Task.FromResult(node.Cluster.SelfMember.Status == MemberStatus.Up), Deadline);

        await node.Cluster.LeaveAsync();
        var answer = Parse(BootstrapContactPoint.Json(node.System));

        Assert.Equal(node.Cluster.SelfAddress, answer.SelfNode);
        Assert.Empty(answer.Nodes);
    }

    [Fact]
    public void Path_IsTheRouteBootstrapProbes()
    {
        var probed = new Uri(ClusterBootstrapRequests.BootstrapSeedNodes(new Uri("http://10.0.0.7:8558/")));

        Assert.Equal(BootstrapContactPoint.Path, probed.AbsolutePath);
    }

    private static HttpBootstrapJsonProtocol.SeedNodes Parse(string json) =>
        JsonConvert.DeserializeObject<HttpBootstrapJsonProtocol.SeedNodes>(json) ?? throw new InvalidOperationException(json);
}
