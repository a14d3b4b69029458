using FletActors.Cluster.Hosting;
using Microsoft.Extensions.Configuration;

namespace FletActors.Cluster.Tests.Hosting;

public sealed class ClusterNodeOptionsReaderTests
{
    private static readonly Dictionary<string, string?> EveryKey = new()
    {
        ["Discovery"] = "Kubernetes",
        ["NodeHost"] = "0.0.0.0",
        ["NodePort"] = "4053",
        ["PublicHostname"] = "10.1.2.3",
        ["SeedNodes"] = "akka.tcp://fletactors@a:1, akka.tcp://fletactors@b:2",
        ["ClusterSecret"] = "a-cluster-secret-of-at-least-32-characters",
        ["PreviousClusterSecret"] = "another-cluster-secret-32-characters-long",
        ["ManagementPort"] = "9000",
        ["KubernetesPodLabelSelector"] = "app=flet",
        ["KubernetesNamespace"] = "flet-prod",
        ["ContactPoints"] = "10.0.0.1:8558, 10.0.0.2:8558",
        ["RequiredContactPoints"] = "3",
        ["ShardCount"] = "300",
        ["ClaimedShards"] = "6",
        ["HeartbeatIntervalSeconds"] = "0.5",
        ["AcceptableHeartbeatPauseSeconds"] = "2.5",
        ["StableAfterSeconds"] = "4",
        ["DownRemovalMarginSeconds"] = "1.5",
        ["LeaveTimeoutSeconds"] = "12.5",
        ["ForwardTimeoutSeconds"] = "4.5",
        ["PubSubMaxMessageBytes"] = "32768",
        ["SessionRecordKeys"] = "40",
        ["MaxSessionRecordBytes"] = "4096",
        ["SessionRecordWriteTimeoutSeconds"] = "5",
        ["SessionRecordReadTimeoutSeconds"] = "1.5",
    };

    [Fact]
    public void Read_EveryKey_LandsInItsOption()
    {
        var options = ClusterNodeOptionsReader.Read(Configuration(EveryKey), new ClusterNodeOptions());

        Assert.Equal(ClusterDiscoveryMode.Kubernetes, options.Discovery);
        Assert.Equal("0.0.0.0", options.NodeHost);
        Assert.Equal(4053, options.NodePort);
        Assert.Equal("10.1.2.3", options.PublicHostname);
        Assert.Equal(["akka.tcp://fletactors@a:1", "akka.tcp://fletactors@b:2"], options.SeedNodes);
        Assert.Equal(EveryKey["ClusterSecret"], options.ClusterSecret);
        Assert.Equal(EveryKey["PreviousClusterSecret"], options.PreviousClusterSecret);
        Assert.Equal(9000, options.ManagementPort);
        Assert.Equal("app=flet", options.KubernetesPodLabelSelector);
        Assert.Equal("flet-prod", options.KubernetesNamespace);
        Assert.Equal(["10.0.0.1:8558", "10.0.0.2:8558"], options.ContactPoints);
        Assert.Equal(3, options.RequiredContactPoints);
        Assert.Equal(300, options.ShardCount);
        Assert.Equal(6, options.ClaimedShards);
        Assert.Equal(TimeSpan.FromSeconds(0.5), options.HeartbeatInterval);
        Assert.Equal(TimeSpan.FromSeconds(2.5), options.AcceptableHeartbeatPause);
        Assert.Equal(TimeSpan.FromSeconds(4), options.StableAfter);
        Assert.Equal(TimeSpan.FromSeconds(1.5), options.DownRemovalMargin);
        Assert.Equal(TimeSpan.FromSeconds(12.5), options.LeaveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(4.5), options.ForwardTimeout);
        Assert.Equal(32768, options.PubSubMaxMessageBytes);
        Assert.Equal(40, options.SessionRecordKeys);
        Assert.Equal(4096, options.MaxSessionRecordBytes);
        Assert.Equal(TimeSpan.FromSeconds(5), options.SessionRecordWriteTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1.5), options.SessionRecordReadTimeout);
    }

    [Fact]
    public void Keys_AreExactlyTheKeysReadEachChangingItsOption()
    {
        Assert.Equal(EveryKey.Keys.Order(), ClusterNodeOptionsReader.Keys.Order());
        var defaults = new ClusterNodeOptions();
        foreach (var key in ClusterNodeOptionsReader.Keys)
        {
            var one = ClusterNodeOptionsReader.Read(Configuration(new() { [key] = EveryKey[key] }), defaults);

            Assert.False(Equivalent(defaults, one), $"{ClusterNodeOptionsReader.SectionName}:{key} changed nothing");
        }
    }

    [Fact]
    public void Read_NothingConfigured_GivesTheDefaults()
    {
        var defaults = new ClusterNodeOptions { ShardCount = 7 };

        Assert.Same(defaults.SeedNodes, ClusterNodeOptionsReader.Read(Configuration([]), defaults).SeedNodes);
        Assert.Same(defaults.ContactPoints, ClusterNodeOptionsReader.Read(Configuration([]), defaults).ContactPoints);
        Assert.True(Equivalent(defaults, ClusterNodeOptionsReader.Read(Configuration([]), defaults)));
    }

    [Fact]
    public void Read_EnvironmentVariableSpelling_IsTheSameKey()
    {
        Environment.SetEnvironmentVariable("FLETACTORS_TEST_FletActors__Cluster__ShardCount", "321");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables("FLETACTORS_TEST_").Build();

            Assert.Equal(321, ClusterNodeOptionsReader.Read(configuration, new ClusterNodeOptions()).ShardCount);
        }
        finally
        {
            Environment.SetEnvironmentVariable("FLETACTORS_TEST_FletActors__Cluster__ShardCount", null);
        }
    }

    [Theory]
    [InlineData("Discovery", "dns", "FletActors:Cluster:Discovery must be none, seeds, kubernetes or contactpoints (got 'dns').")]
    [InlineData("Discovery", "1", "FletActors:Cluster:Discovery must be none, seeds, kubernetes or contactpoints (got '1').")]
    [InlineData("Discovery", "config", "FletActors:Cluster:Discovery must be none, seeds, kubernetes or contactpoints (got 'config').")]
    [InlineData("NodePort", "four", "FletActors:Cluster:NodePort must be a whole number (got 'four').")]
    [InlineData("StableAfterSeconds", "soon", "FletActors:Cluster:StableAfterSeconds must be a number of seconds (got 'soon').")]
    [InlineData("StableAfterSeconds", "1e300", "FletActors:Cluster:StableAfterSeconds must be a number of seconds (got '1e300').")]
    public void Read_WrongKindOfValue_NamesTheKey(string key, string value, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => ClusterNodeOptionsReader.Read(Configuration(new() { [key] = value }), new ClusterNodeOptions()));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> cluster) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(cluster.Select(kv => KeyValuePair.Create($"{ClusterNodeOptionsReader.SectionName}:{kv.Key}", kv.Value)))
            .Build();

    // Records compare lists by reference; compare the seed and contact point lists by content.
    private static bool Equivalent(ClusterNodeOptions a, ClusterNodeOptions b) =>
        a with { SeedNodes = [], ContactPoints = [] } == b with { SeedNodes = [], ContactPoints = [] }
        && a.SeedNodes.SequenceEqual(b.SeedNodes) && a.ContactPoints.SequenceEqual(b.ContactPoints);
}
