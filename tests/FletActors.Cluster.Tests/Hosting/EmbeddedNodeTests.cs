using Akka.Cluster;
using FletActors.Cluster.Hosting;
using FletActors.Cluster.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FletActors.Cluster.Tests.Hosting;

/// <summary>The embedded default: a one-node cluster that joins itself, through the same set-up as many nodes.</summary>
public sealed class EmbeddedNodeTests : Akka.TestKit.Xunit2.TestKit, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private ClusterTestNode node = null!;

    public async Task InitializeAsync() => node = await ClusterTestNode.StartAsync(new ClusterNodeOptions { ShardCount = 10 });

    public async Task DisposeAsync() => await node.DisposeAsync();

    [Fact]
    public async Task Start_NoDiscovery_JoinsItselfBecomesUpAndReady()
    {
        await AwaitConditionAsync(() => Task.FromResult(node.Cluster.SelfMember.Status == MemberStatus.Up), Deadline);

        var readiness = await node.ReadinessAsync();
        Assert.Equal(HealthStatus.Healthy, readiness.Status);
        Assert.Contains(ClusterMemberUpCheck.Name, readiness.Entries.Keys);
    }

    [Fact]
    public async Task NewSession_IdMadeFromLocalShards_IsServedHereWithItsPayload()
    {
        var id = node.Ids.NewId(await node.LocalShardsAsync(), []);

        var hosted = await node.AskAsync(id, "hello");

        Assert.Equal(new WhereAmIEntity.Hosted(id, node.Address, "hello"), hosted);
        Assert.Contains(id[..4], await node.LocalShardsAsync());
    }

    [Fact]
    public void Config_HasTheDowningAndShardingSettingsOfDesignSection5()
    {
        var config = node.System.Settings.Config;
        var sharding = FletActorsClusterHostingExtensions.SessionShardingSettings(node.System);

        Assert.Equal(0, config.GetInt("akka.cluster.sharding.distributed-data.majority-min-cap"));
        Assert.Equal("keep-majority", config.GetString("akka.cluster.split-brain-resolver.active-strategy"));
        Assert.Contains("SplitBrainResolverProvider", config.GetString("akka.cluster.downing-provider-class"), StringComparison.Ordinal);
        Assert.Equal(node.Options.StableAfter, config.GetTimeSpan("akka.cluster.split-brain-resolver.stable-after"));
        Assert.Equal(node.Options.HeartbeatInterval, config.GetTimeSpan("akka.cluster.failure-detector.heartbeat-interval"));
        Assert.Equal(node.Options.AcceptableHeartbeatPause, config.GetTimeSpan("akka.cluster.failure-detector.acceptable-heartbeat-pause"));
        Assert.Equal(node.Options.StableAfter, node.Cluster.DowningProvider.DownRemovalMargin);
        Assert.Equal(0, sharding.TuningParameters.CoordinatorStateWriteMajorityPlus);
        Assert.Equal(0, sharding.TuningParameters.CoordinatorStateReadMajorityPlus);
        Assert.False(sharding.RememberEntities);
        Assert.Equal(TimeSpan.Zero, sharding.PassivateIdleEntityAfter);
    }
}
