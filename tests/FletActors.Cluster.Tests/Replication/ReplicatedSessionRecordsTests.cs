using System.Security.Cryptography;
using Akka.Actor;
using Akka.Cluster;
using Akka.DistributedData;
using FletActors.Cluster.Hosting;
using FletActors.Cluster.Remoting;
using FletActors.Cluster.Replication;
using FletActors.Cluster.Sharding;
using FletActors.Cluster.Tests.Support;
using FletActors.Sessions;

namespace FletActors.Cluster.Tests.Replication;

/// <summary>
/// Session records between two real nodes on loopback (remoting, DistributedData's own serializer): a record written
/// on A is read on B, restarts nothing while A holds its session, restarts it once A says it left or once A is gone,
/// and is swept by the leader a session timeout after A's removal.
/// </summary>
public sealed class ReplicatedSessionRecordsTests : Akka.TestKit.Xunit2.TestKit, IAsyncLifetime
{
    private static readonly TimeSpan SessionTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly List<ClusterTestNode> nodes = [];
    private readonly CapturedLog logA = new();
    private readonly CapturedLog logB = new();
    private ReplicatedSessionRecords recordsA = null!;
    private ReplicatedSessionRecords recordsB = null!;

    private ClusterTestNode A => nodes[0];

    private ClusterTestNode B => nodes[1];

    public async Task InitializeAsync()
    {
        var ports = Enumerable.Range(0, 2).Select(_ => ClusterTestNode.FreeTcpPort()).ToList();
        var options = new ClusterNodeOptions
        {
            Discovery = ClusterDiscoveryMode.Seeds,
            SeedNodes = [$"akka.tcp://{ClusterNodeOptions.ActorSystemName}@127.0.0.1:{ports[0]}"],
            ClusterSecret = "a-cluster-secret-of-at-least-32-characters",
            ShardCount = 30,
            SessionRecordKeys = 7,
        }.WithFastFailover();
        nodes.AddRange(await Task.WhenAll(ports.Select(port => ClusterTestNode.StartAsync(options with { NodePort = port }))));
        await AwaitAssertAsync(() => Assert.All(nodes, n =>
            Assert.Equal(2, n.Cluster.State.Members.Count(m => m.Status == MemberStatus.Up))), Deadline, Poll);
        recordsA = ReplicatedSessionRecords.Start(A.System, options, SessionTimeout, new ShardOwners(A.Cluster), logA);
        recordsB = ReplicatedSessionRecords.Start(B.System, options, SessionTimeout, new ShardOwners(B.Cluster), logB);
    }

    public async Task DisposeAsync() => await Task.WhenAll(nodes.Select(n => n.DisposeAsync().AsTask()));

    [Fact]
    public async Task Record_OfALiveSession_RestartsNothingUntilItsNodeSaysItLeft_AndADeleteEndsIt()
    {
        var id = NewSessionId();
        recordsA.Save(id, Snapshot(ownerLeaving: false));
        await AwaitAssertAsync(async () => Assert.True(await HoldsAsync(B, id)), Deadline, Poll);

        Assert.Null(await recordsB.FindLostAsync(id, CancellationToken.None));

        recordsA.Save(id, Snapshot(ownerLeaving: true));
        LostSession? lost = null;
        await AwaitAssertAsync(async () => Assert.NotNull(lost = await recordsB.FindLostAsync(id, CancellationToken.None)), Deadline, Poll);
        Assert.Equal((id, "counter", "/stats", "Cookies\nada"), (lost!.SessionId, lost.App, lost.Route, lost.IdentityKey));
        Assert.Equal($"its node {A.Address} left", lost.Reason);
        Assert.Equal(Snapshot(false).Values, lost.Values);

        recordsA.Delete(id);
        await AwaitAssertAsync(async () => Assert.False(await HoldsAsync(B, id)), Deadline, Poll);
        Assert.Null(await recordsB.FindLostAsync(id, CancellationToken.None));
        Assert.Empty(logA.Warnings.Concat(logB.Warnings));
    }

    [Fact]
    public async Task Record_OfANodeThatLeft_RestartsItsSession_ThenTheLeaderSweepsItAfterTheSessionTimeout()
    {
        var id = NewSessionId();
        recordsA.Save(id, Snapshot(ownerLeaving: false));
        await AwaitAssertAsync(async () => Assert.True(await HoldsAsync(B, id)), Deadline, Poll);

        await A.Cluster.LeaveAsync();
        await AwaitAssertAsync(() => Assert.Single(B.Cluster.State.Members), Deadline, Poll);

        var lost = await recordsB.FindLostAsync(id, CancellationToken.None);
        Assert.NotNull(lost);
        Assert.Equal($"its node {A.Address} was lost", lost.Reason);
        Assert.Equal(Snapshot(false).Values, lost.Values);
        await AwaitAssertAsync(async () => Assert.False(await HoldsAsync(B, id)), Deadline, Poll);
        Assert.Contains(logB.Entries, e => e.Message == $"Deleted 1 session records of node {A.Address}, removed from the cluster more than {SessionTimeout} ago");
    }

    private static string NewSessionId() => SessionIdFormat.Create(RandomNumberGenerator.GetInt32(30), RandomNumberGenerator.GetBytes(SessionIdFormat.RandomBytes));

    private static SessionSnapshot Snapshot(bool ownerLeaving) => new("counter", "/stats",
        [KeyValuePair.Create<string, object?>("count", 7), KeyValuePair.Create<string, object?>("user", "ada")], ownerLeaving, "Cookies\nada");

    private static async Task<bool> HoldsAsync(ClusterTestNode node, string sessionId)
    {
        var key = new SessionRecordKeys(node.Options.SessionRecordKeys, node.Options.ShardCount).For(sessionId)!;
        var response = await DistributedData.Get(node.System).Replicator.Ask<IGetResponse>(Dsl.Get(key, ReadLocal.Instance), TimeSpan.FromSeconds(10));
        return response is GetSuccess success && success.Get(key).ContainsKey(sessionId);
    }
}
