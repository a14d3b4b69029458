using Akka.Actor;
using Akka.Cluster;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Cluster.Tools.PublishSubscribe.Internal;
using Akka.TestKit;
using FletActors.Cluster.Hosting;
using FletActors.Cluster.PubSub;
using FletActors.Cluster.Tests.Support;
using FletActors.Sessions.PubSub;
using FletActors.UI.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace FletActors.Cluster.Tests.PubSub;

/// <summary>
/// Two cluster nodes in this process, each with the <see cref="ClusterPubSubBackplane"/> hub a server builds; test
/// probes stand in for session mailboxes. Checks use ordering rather than waiting for silence: deliveries of one topic
/// on one node pass through that node's one subscriber in publication order, so once a later message has arrived, an
/// earlier one that was due has arrived too.
/// </summary>
public sealed class ClusterPubSubTests : Akka.TestKit.Xunit2.TestKit, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly List<ClusterTestNode> nodes = [];
    private readonly List<IPubSubHub> hubs = [];

    public async Task InitializeAsync()
    {
        var ports = Enumerable.Range(0, 2).Select(_ => ClusterTestNode.FreeTcpPort()).ToList();
        var options = new ClusterNodeOptions
        {
            Discovery = ClusterDiscoveryMode.Seeds,
            SeedNodes = [$"akka.tcp://{ClusterNodeOptions.ActorSystemName}@127.0.0.1:{ports[0]}"],
            ClusterSecret = "a-cluster-secret-of-at-least-32-characters",
            ShardCount = 10,
        }.WithFastFailover();
        nodes.AddRange(await Task.WhenAll(ports.Select(port => ClusterTestNode.StartAsync(options with { NodePort = port }))));
        hubs.AddRange(nodes.Select(n => ClusterPubSubBackplane.CreateHub(n.System, options.PubSubMaxMessageBytes, NullLoggerFactory.Instance)));
        await AwaitConditionAsync(
            () => Task.FromResult(nodes.All(n => n.Cluster.State.Members.Count(m => m.Status == MemberStatus.Up) == nodes.Count)),
            Deadline);
    }

    public async Task DisposeAsync() => await Task.WhenAll(nodes.Select(n => n.DisposeAsync().AsTask()));

    [Fact]
    public async Task Publish_OnATopic_ReachesThatTopicsSubscribersOnBothNodesAndNoOneElse()
    {
        // Arrange
        var alice = Join(0, "alice");
        var bob = Join(1, "bob");
        var carol = Join(1, "carol");
        var dave = Join(1, "dave");
        alice.Broker.Subscribe("news", Noop);
        bob.Broker.Subscribe("news", Noop);
        carol.Broker.Subscribe("sport", Noop);
        dave.Broker.Subscribe(null, Noop);
        await RegistriesConvergedAsync();

        // Act
        alice.Broker.Publish("news", new Score("Hornets", 3), includeSelf: true);
        alice.Broker.Publish("news", "barrier", includeSelf: true);

        // Assert: the record crossed nodes as JSON and came back equal; the barrier came after it on each node.
        Assert.Equal(("news", new Score("Hornets", 3)), Next(alice));
        Assert.Equal(("news", new Score("Hornets", 3)), Next(bob));
        Assert.Equal(("news", "barrier"), Next(bob));
        Assert.Equal(("news", "barrier"), Next(alice));
        Assert.False(carol.Probe.HasMessages);
        Assert.False(dave.Probe.HasMessages);
    }

    [Fact]
    public async Task SendOthers_GeneralChannel_ReachesEveryOtherSessionOnBothNodesButNotTheSender()
    {
        // Arrange
        var alice = Join(0, "alice");
        var erin = Join(0, "erin");
        var bob = Join(1, "bob");
        foreach (var session in new[] { alice, erin, bob })
        {
            session.Broker.Subscribe(null, Noop);
        }

        await RegistriesConvergedAsync();

        // Act
        alice.Broker.Publish(null, "hi, others", includeSelf: false);
        alice.Broker.Publish(null, "hi, all", includeSelf: true);

        // Assert: the general channel's deliveries have no topic; alice's first is the send-all that followed.
        Assert.Equal(((string?)null, "hi, others"), Next(erin));
        Assert.Equal(((string?)null, "hi, others"), Next(bob));
        Assert.Equal(((string?)null, "hi, all"), Next(alice));
        Assert.Equal(((string?)null, "hi, all"), Next(bob));
    }

    [Fact]
    public async Task GeneralChannel_AndATopicNamedLikeItsMediatorTopic_StayApart()
    {
        // Arrange
        var alice = Join(0, "alice");
        var bob = Join(1, "bob");
        alice.Broker.Subscribe(MediatorTopics.General, Noop);
        bob.Broker.Subscribe(null, Noop);
        bob.Broker.Subscribe(MediatorTopics.General, Noop);
        await RegistriesConvergedAsync();

        // Act
        alice.Broker.Publish(MediatorTopics.General, "named", includeSelf: true);
        alice.Broker.Publish(null, "general", includeSelf: true);

        // Assert
        Assert.Equal((MediatorTopics.General, "named"), Next(alice));
        var atBob = new[] { Next(bob), Next(bob) };
        Assert.Contains((MediatorTopics.General, (object)"named"), atBob);
        Assert.Contains(((string?)null, (object)"general"), atBob);
        Assert.False(alice.Probe.HasMessages);
    }

    [Fact]
    public async Task UnsubscribeAll_AsAClosingSessionDoes_StopsItsDeliveriesAndTheNodesSubscriptionWithTheLastOne()
    {
        // Arrange: two sessions on node B share the node's one subscription of the general channel.
        var alice = Join(0, "alice");
        var bob = Join(1, "bob");
        var frank = Join(1, "frank");
        alice.Broker.Subscribe(null, Noop);
        bob.Broker.Subscribe(null, Noop);
        bob.Broker.Subscribe("news", Noop);
        frank.Broker.Subscribe(null, Noop);
        await RegistriesConvergedAsync();
        Assert.Equal(1, await LocalSubscribersAsync(nodes[1], MediatorTopics.General));

        // Act: bob's session closes.
        bob.Broker.UnsubscribeAll();
        alice.Broker.Publish(null, "after bob left", includeSelf: false);

        // Assert: frank still gets the channel through the node's subscriber, which no longer hands anything to bob.
        Assert.Equal(((string?)null, "after bob left"), Next(frank));
        Assert.False(bob.Probe.HasMessages);
        await AwaitConditionAsync(async () => await LocalSubscribersAsync(nodes[1], MediatorTopics.NamedPrefix + "news") == 0, Deadline);
        Assert.Equal(1, await LocalSubscribersAsync(nodes[1], MediatorTopics.General));

        // Act: frank's closes too, the node's last session on the general channel.
        frank.Broker.UnsubscribeAll();

        // Assert: node B has unsubscribed from the mediator topic.
        await AwaitConditionAsync(async () => await LocalSubscribersAsync(nodes[1], MediatorTopics.General) == 0, Deadline);
    }

    [Fact]
    public void Publish_PayloadThatCannotCrossNodes_ThrowsNamingItsTypeAndSendsNothing()
    {
        // Arrange
        var alice = Join(0, "alice");
        alice.Broker.Subscribe(null, Noop);

        // Act
        var refused = Assert.Throws<ArgumentException>(() => alice.Broker.Publish(null, new Action(() => { }), includeSelf: true));
        alice.Broker.Publish(null, "after", includeSelf: true);

        // Assert
        Assert.Contains("System.Action", refused.Message, StringComparison.Ordinal);
        Assert.Equal(((string?)null, "after"), Next(alice));
    }

    [Fact]
    public void Publish_MessageLargerThanTheLimit_IsRefusedNamingTheOption()
    {
        var alice = Join(0, "alice");

        var refused = Assert.Throws<ArgumentException>(() => alice.Broker.Publish(null, new string('x', 70_000), includeSelf: true));

        Assert.Contains("PubSubMaxMessageBytes", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubscribeThenPublish_InOneTurn_TheSessionHearsItself()
    {
        var alice = Join(0, "alice");

        alice.Broker.Subscribe("fresh", Noop);
        alice.Broker.Publish("fresh", "first", includeSelf: true);

        Assert.Equal(("fresh", "first"), Next(alice));
    }

    private static void Noop(string? topic, object message)
    {
    }

    private (IPubSubBroker Broker, TestProbe Probe) Join(int node, string sessionId)
    {
        var probe = CreateTestProbe();
        return (hubs[node].Join(sessionId, delivery => probe.Ref.Tell(delivery)), probe);
    }

    private static (string? Topic, object Message) Next((IPubSubBroker Broker, TestProbe Probe) session)
    {
        var delivery = session.Probe.ExpectMsg<PubSubDelivery>(Deadline);
        return (delivery.Topic, delivery.Message);
    }

    /// <summary>
    /// Waits until each node's mediator knows every subscription the other node made so far: the registry reaches
    /// other nodes by gossip, so a publication before that may miss them. Each node subscribes a marker topic last;
    /// a node's registry entries travel in the order they were made, so whoever knows its marker knows the rest.
    /// </summary>
    private async Task RegistriesConvergedAsync()
    {
        var markers = new List<string>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var marker = $"marker-{i}-{Guid.NewGuid():N}";
            Join(i, marker).Broker.Subscribe(marker, Noop);
            markers.Add(MediatorTopics.NameOf(new PubSubTopic(marker)));
        }

        await AwaitConditionAsync(async () =>
        {
            var known = await Task.WhenAll(nodes.Select(n => DistributedPubSub.Get(n.System).Mediator.Ask<CurrentTopics>(GetTopics.Instance, Deadline)));
            return known.All(topics => markers.All(m => topics.Topics.Select(Uri.UnescapeDataString).Contains(m)));
        }, Deadline);
    }

    /// <summary>How many subscribers the node's mediator has for <paramref name="mediatorTopic"/> on that node.</summary>
    private static Task<int> LocalSubscribersAsync(ClusterTestNode node, string mediatorTopic) =>
        DistributedPubSub.Get(node.System).Mediator.Ask<int>(new CountSubscribers(mediatorTopic), Deadline);

    private sealed record Score(string Team, int Points);
}
