using System.Diagnostics.Metrics;
using Akka.Actor;
using Akka.Cluster;
using FletActors.Cluster.Hosting;
using FletActors.Cluster.Metrics;
using FletActors.Cluster.Remoting;
using FletActors.Cluster.Sharding;
using FletActors.Cluster.Tests.Support;
using FletActors.Cluster.Tokens;
using FletActors.Protocol.V1;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace FletActors.Cluster.Tests.Remoting;

/// <summary>
/// Calls forwarded from node A for a session node B holds, with A's real <see cref="ShardDirectory"/> learning who
/// holds which shard and which nodes are lost. B's shard answers nothing (a stalled owner), and the forward timeout is
/// far beyond the test's deadline: the call must end as NOT_FOUND because B was lost, not because time ran out.
/// </summary>
public sealed class SessionsElsewhereTests : Akka.TestKit.Xunit2.TestKit, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan ForwardTimeout = TimeSpan.FromMinutes(10);
    private readonly List<ClusterTestNode> nodes = [];
    private ServiceProvider services = null!;

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
        }.WithFastFailover();
        nodes.AddRange(await Task.WhenAll(ports.Select(port => ClusterTestNode.StartAsync(options with { NodePort = port }))));
        await AwaitAssertAsync(() => Assert.All(nodes, n =>
            Assert.Equal(2, n.Cluster.State.Members.Count(m => m.Status == MemberStatus.Up))), Deadline, Poll);
        services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await Task.WhenAll(nodes.Select(n => n.DisposeAsync().AsTask()));
        await services.DisposeAsync();
    }

    [Fact]
    public async Task Deliver_WaitingOnAStalledOwner_EndsNotFoundOnceTheOwnerIsLost()
    {
        // Arrange: a session born on B, and A's directory knowing that B holds its shard.
        var sessionId = B.Ids.NewId(await B.LocalShardsAsync(), []);
        await B.AskAsync(sessionId, "create");
        var owners = new ShardOwners(A.Cluster);
        var metrics = new ClusterMetrics(services.GetRequiredService<IMeterFactory>());
        A.System.ActorOf(ShardDirectory.Props(A.Region, owners, metrics));
        await AwaitAssertAsync(() => Assert.NotNull(owners.WhenOwnerLost(sessionId[..SessionIdFormat.ShardDigits])), Deadline, Poll);
        var stalledOwner = A.System.ActorOf(Props.Create(() => new Silent()));
        var elsewhere = new SessionsElsewhere(A.System, stalledOwner, new ResumeTokens(ClusterSecret.CreateRandom()),
            A.Options.ShardCount, ForwardTimeout, owners, metrics);
        var delivery = elsewhere.DeliverAsync(sessionId, Click(), identityKey: string.Empty,
            CancellationToken.None);
        Assert.False(owners.IsOwnerLost(sessionId[..SessionIdFormat.ShardDigits]));

        // Act: B goes away while the call waits.
        await B.DisposeAsync();
        nodes.Remove(B);

        // Assert
        var refused = await Assert.ThrowsAsync<RpcException>(() => delivery.WaitAsync(Deadline));
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
        Assert.True(owners.IsOwnerLost(sessionId[..SessionIdFormat.ShardDigits]));
    }

    [Fact]
    public async Task Deliver_ToAnOwnerAlreadyLost_EndsNotFoundWithoutAsking()
    {
        // Arrange
        var sessionId = B.Ids.NewId(await B.LocalShardsAsync(), []);
        await B.AskAsync(sessionId, "create");
        var owners = new ShardOwners(A.Cluster);
        var metrics = new ClusterMetrics(services.GetRequiredService<IMeterFactory>());
        A.System.ActorOf(ShardDirectory.Props(A.Region, owners, metrics));
        await AwaitAssertAsync(() => Assert.NotNull(owners.WhenOwnerLost(sessionId[..SessionIdFormat.ShardDigits])), Deadline, Poll);
        await B.DisposeAsync();
        nodes.Remove(B);
        await AwaitAssertAsync(() => Assert.True(owners.IsOwnerLost(sessionId[..SessionIdFormat.ShardDigits])), Deadline, Poll);
        var asked = CreateTestProbe();
        var elsewhere = new SessionsElsewhere(A.System, asked, new ResumeTokens(ClusterSecret.CreateRandom()),
            A.Options.ShardCount, ForwardTimeout, owners, metrics);

        // Act
        var refused = await Assert.ThrowsAsync<RpcException>(() => elsewhere.DeliverAsync(sessionId,
            Click(), identityKey: string.Empty, CancellationToken.None).WaitAsync(Deadline));

        // Assert
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
        Assert.False(asked.HasMessages);
    }

    [Fact]
    public async Task Deliver_ToALiveOwnerThatNeverAnswers_EndsUnavailableAtTheForwardTimeout()
    {
        // Arrange
        var sessionId = B.Ids.NewId(await B.LocalShardsAsync(), []);
        await B.AskAsync(sessionId, "create");
        var owners = new ShardOwners(A.Cluster);
        var metrics = new ClusterMetrics(services.GetRequiredService<IMeterFactory>());
        A.System.ActorOf(ShardDirectory.Props(A.Region, owners, metrics));
        await AwaitAssertAsync(() => Assert.NotNull(owners.WhenOwnerLost(sessionId[..SessionIdFormat.ShardDigits])), Deadline, Poll);
        var stalledOwner = A.System.ActorOf(Props.Create(() => new Silent()));
        var elsewhere = new SessionsElsewhere(A.System, stalledOwner, new ResumeTokens(ClusterSecret.CreateRandom()),
            A.Options.ShardCount, TimeSpan.FromSeconds(1), owners, metrics);

        // Act
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            elsewhere.DeliverAsync(sessionId, Click(), identityKey: string.Empty, CancellationToken.None).WaitAsync(Deadline));

        // Assert
        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        Assert.False(owners.IsOwnerLost(sessionId[..SessionIdFormat.ShardDigits]));
    }

    private static ClientMessage Click() =>
        new() { Event = new Protocol.V1.ControlEvent { ControlId = 1, Name = "click" }, InputSeq = 1 };

    /// <summary>A shard whose node takes messages and answers none.</summary>
    private sealed class Silent : ReceiveActor
    {
        public Silent() => ReceiveAny(_ => { });
    }
}
