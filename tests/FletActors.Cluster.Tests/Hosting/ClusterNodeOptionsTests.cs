using FletActors.Cluster.Hosting;

namespace FletActors.Cluster.Tests.Hosting;

public sealed class ClusterNodeOptionsTests
{
    private const string Secret = "a-cluster-secret-of-at-least-32-characters";

    private static readonly ClusterNodeOptions Seeds = new()
    {
        Discovery = ClusterDiscoveryMode.Seeds,
        NodePort = 4053,
        SeedNodes = ["akka.tcp://fletactors@10.0.0.1:4053"],
        ClusterSecret = Secret,
    };

    private static readonly ClusterNodeOptions Kubernetes = new()
    {
        Discovery = ClusterDiscoveryMode.Kubernetes,
        NodeHost = "0.0.0.0",
        PublicHostname = "10.1.2.3",
        NodePort = 4053,
        ClusterSecret = Secret,
    };

    private static readonly ClusterNodeOptions ContactPoints = new()
    {
        Discovery = ClusterDiscoveryMode.ContactPoints,
        NodePort = 4053,
        ManagementPort = 8558,
        ContactPoints = ["127.0.0.1:8558", "127.0.0.1:8559", "127.0.0.1:8560"],
        RequiredContactPoints = 3,
        ClusterSecret = Secret,
    };

    [Fact]
    public void Defaults_AreAValidEmbeddedOneNodeCluster()
    {
        var options = new ClusterNodeOptions();

        options.Validate();
        Assert.Equal(ClusterDiscoveryMode.None, options.Discovery);
        Assert.Equal(0, options.NodePort);
    }

    [Fact]
    public void ValidSeedsAndKubernetesOptions_Pass()
    {
        Seeds.Validate();
        Kubernetes.Validate();
        (Kubernetes with { KubernetesNamespace = "flet-prod-2" }).Validate();
        ContactPoints.Validate();
        Assert.Equal("10.1.2.3", Kubernetes.AdvertisedHost);
        Assert.Equal("127.0.0.1", Seeds.AdvertisedHost);
    }

    public static TheoryData<ClusterNodeOptions, string> InvalidOptions() => new()
    {
        { new() { NodePort = 70000 }, "FletActors:Cluster:NodePort must be between 0 and 65535 (got 70000)" },
        { new() { NodeHost = "" }, "FletActors:Cluster:NodeHost must be an IP address or a host name" },
        { new() { NodeHost = "0.0.0.0" }, "FletActors:Cluster:PublicHostname must be set when FletActors:Cluster:NodeHost is 0.0.0.0" },
        { Kubernetes with { NodePort = 0 }, "FletActors:Cluster:NodePort must be between 1 and 65535 (got 0)" },
        { Kubernetes with { ManagementPort = 4053 }, "FletActors:Cluster:ManagementPort must differ from FletActors:Cluster:NodePort" },
        { Kubernetes with { KubernetesPodLabelSelector = " " }, "FletActors:Cluster:KubernetesPodLabelSelector must name" },
        { Kubernetes with { ClusterSecret = "" }, "FletActors:Cluster:ClusterSecret must be set when nodes form a cluster" },
        { Kubernetes with { KubernetesNamespace = "Flet_Prod" }, "FletActors:Cluster:KubernetesNamespace must be a Kubernetes namespace name" },
        { Kubernetes with { NodeHost = "node-a.internal", PublicHostname = "" }, "FletActors:Cluster:NodeHost must be an IP address or localhost when FletActors:Cluster:Discovery is kubernetes" },
        { ContactPoints with { ManagementPort = 0 }, "FletActors:Cluster:ManagementPort must be between 1 and 65535 (got 0)" },
        { ContactPoints with { ContactPoints = [] }, "FletActors:Cluster:ContactPoints must list this node's own contact point 127.0.0.1:8558" },
        { ContactPoints with { ManagementPort = 8561 }, "FletActors:Cluster:ContactPoints must list this node's own contact point 127.0.0.1:8561" },
        { ContactPoints with { ContactPoints = ["127.0.0.1:8558", "127.0.0.1"] }, "FletActors:Cluster:ContactPoints has '127.0.0.1', which is not host:port" },
        { ContactPoints with { ContactPoints = ["127.0.0.1:8558", "127.0.0.1:99999"] }, "FletActors:Cluster:ContactPoints has '127.0.0.1:99999', which is not host:port" },
        { ContactPoints with { RequiredContactPoints = 4 }, "FletActors:Cluster:RequiredContactPoints must be at most the 3 FletActors:Cluster:ContactPoints listed" },
        { Kubernetes with { ContactPoints = ["10.1.2.3:8558"] }, "FletActors:Cluster:ContactPoints is only used when FletActors:Cluster:Discovery is contactpoints (it is kubernetes)" },
        { Seeds with { SeedNodes = [] }, "FletActors:Cluster:SeedNodes must list at least one seed node" },
        { Seeds with { SeedNodes = ["akka.tcp://other@10.0.0.1:4053"] }, "FletActors:Cluster:SeedNodes has 'akka.tcp://other@10.0.0.1:4053'" },
        { Seeds with { SeedNodes = ["10.0.0.1:4053"] }, "FletActors:Cluster:SeedNodes has '10.0.0.1:4053'" },
        { new() { SeedNodes = ["akka.tcp://fletactors@10.0.0.1:4053"] }, "FletActors:Cluster:SeedNodes is only used when FletActors:Cluster:Discovery is seeds (it is none)" },
        { new() { ClusterSecret = "short" }, "FletActors:Cluster:ClusterSecret must be at least 32 characters" },
        { new() { PreviousClusterSecret = Secret }, "FletActors:Cluster:PreviousClusterSecret needs FletActors:Cluster:ClusterSecret" },
        { new() { ShardCount = 0 }, "FletActors:Cluster:ShardCount must be between 1 and 65536 (got 0)" },
        { new() { ClaimedShards = 0 }, "FletActors:Cluster:ClaimedShards must be between 1 and FletActors:Cluster:ShardCount (100) (got 0)" },
        { new() { ShardCount = 3, ClaimedShards = 4 }, "FletActors:Cluster:ClaimedShards must be between 1 and FletActors:Cluster:ShardCount (3) (got 4)" },
        { new() { PubSubMaxMessageBytes = 0 }, "FletActors:Cluster:PubSubMaxMessageBytes must be between 1 and 120000 (got 0)" },
        { new() { PubSubMaxMessageBytes = 128_000 }, "FletActors:Cluster:PubSubMaxMessageBytes must be between 1 and 120000 (got 128000)" },
        { new() { RequiredContactPoints = 0 }, "FletActors:Cluster:RequiredContactPoints must be 1 or more" },
        { new() { HeartbeatInterval = TimeSpan.Zero }, "FletActors:Cluster:HeartbeatIntervalSeconds must be more than 0" },
        { new() { AcceptableHeartbeatPause = TimeSpan.FromSeconds(1) }, "FletActors:Cluster:AcceptableHeartbeatPauseSeconds must be longer than FletActors:Cluster:HeartbeatIntervalSeconds" },
        { new() { StableAfter = TimeSpan.FromHours(1) }, "FletActors:Cluster:StableAfterSeconds must be more than 0 and at most 600 seconds (got 3600)" },
        { new() { DownRemovalMargin = TimeSpan.FromSeconds(-1) }, "FletActors:Cluster:DownRemovalMarginSeconds must be between 0 and 600 seconds" },
        { new() { LeaveTimeout = TimeSpan.Zero }, "FletActors:Cluster:LeaveTimeoutSeconds must be more than 0" },
        { new() { ForwardTimeout = TimeSpan.Zero }, "FletActors:Cluster:ForwardTimeoutSeconds must be more than 0" },
        { new() { SessionRecordKeys = 0 }, "FletActors:Cluster:SessionRecordKeys must be between 1 and 10000 (got 0)" },
        { new() { MaxSessionRecordBytes = 100 }, "FletActors:Cluster:MaxSessionRecordBytes must be between 256 and 65536 (got 100)" },
        { new() { MaxSessionRecordBytes = 1 << 20 }, "FletActors:Cluster:MaxSessionRecordBytes must be between 256 and 65536" },
        { new() { SessionRecordWriteTimeout = TimeSpan.Zero }, "FletActors:Cluster:SessionRecordWriteTimeoutSeconds must be more than 0" },
        { new() { SessionRecordReadTimeout = TimeSpan.FromSeconds(-2) }, "FletActors:Cluster:SessionRecordReadTimeoutSeconds must be more than 0" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Validate_InvalidValue_MessageNamesTheKey(ClusterNodeOptions options, string expected)
    {
        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithFastFailover_GivesTheMeasuredLoopbackTimingsAndStaysValid()
    {
        var fast = new ClusterNodeOptions().WithFastFailover();

        fast.Validate();
        Assert.Equal(TimeSpan.FromSeconds(3), fast.StableAfter);
        Assert.Equal(TimeSpan.FromSeconds(1), fast.DownRemovalMargin);
        Assert.True(fast.StableAfter < new ClusterNodeOptions().StableAfter);
    }

    [Fact]
    public void CreateSecret_EmbeddedWithoutSecret_IsRandomPerProcess_ClusteredUsesTheConfiguredOne()
    {
        var embedded = new ClusterNodeOptions();
        var tokensA = new Cluster.Tokens.ResumeTokens(embedded.CreateSecret());
        var tokensB = new Cluster.Tokens.ResumeTokens(embedded.CreateSecret());
        var clustered = new Cluster.Tokens.ResumeTokens(Seeds.CreateSecret());
        var sameSecret = new Cluster.Tokens.ResumeTokens(new Cluster.Tokens.ClusterSecret(Secret));

        Assert.Equal(Cluster.Tokens.ResumeTokenVerdict.Mismatch, tokensB.Verify("s", tokensA.Issue("s")));
        Assert.Equal(Cluster.Tokens.ResumeTokenVerdict.Valid, sameSecret.Verify("s", clustered.Issue("s")));
    }
}
