using FletActors.Sessions.PubSub;
using FletActors.UI.Hosting;

namespace FletActors.Server.Tests.PubSub;

/// <summary>The node's pub/sub index: who gets what, and that leaving frees everything.</summary>
public sealed class InProcessPubSubBrokerTests
{
    private readonly InProcessPubSubBroker broker = new();

    [Fact]
    public void Publish_GeneralChannel_ReachesEverySubscriberIncludingTheSender()
    {
        // Arrange
        var (alice, aliceGot) = Join("alice");
        var (bob, bobGot) = Join("bob");
        alice.Subscribe(null, Noop);
        bob.Subscribe(null, Noop);

        // Act
        alice.Publish(null, "hi", includeSelf: true);

        // Assert
        Assert.Equal(["hi"], Messages(aliceGot));
        Assert.Equal(["hi"], Messages(bobGot));
    }

    [Fact]
    public void Publish_SendOthers_SkipsTheSender()
    {
        // Arrange
        var (alice, aliceGot) = Join("alice");
        var (bob, bobGot) = Join("bob");
        alice.Subscribe(null, Noop);
        bob.Subscribe(null, Noop);

        // Act
        alice.Publish(null, "hi", includeSelf: false);

        // Assert
        Assert.Empty(aliceGot);
        Assert.Equal(["hi"], Messages(bobGot));
    }

    [Fact]
    public void Publish_Topic_ReachesOnlyThatTopicsSubscribers()
    {
        // Arrange
        var (alice, aliceGot) = Join("alice");
        var (bob, bobGot) = Join("bob");
        var (carol, carolGot) = Join("carol");
        alice.Subscribe("news", Noop);
        bob.Subscribe("sport", Noop);
        carol.Subscribe(null, Noop);

        // Act
        carol.Publish("news", "extra", includeSelf: true);

        // Assert
        Assert.Equal([("news", "extra")], aliceGot.Select(d => (d.Topic, (string)d.Message)));
        Assert.Empty(bobGot);
        Assert.Empty(carolGot);
    }

    [Fact]
    public void Publish_SessionWithTwoHandlersOnATopic_RunsBothInSubscriptionOrder()
    {
        // Arrange
        var (alice, aliceGot) = Join("alice");
        var ran = new List<string>();
        alice.Subscribe("t", (_, m) => ran.Add("first " + m));
        alice.Subscribe("t", (_, m) => ran.Add("second " + m));

        // Act
        alice.Publish("t", "x", includeSelf: true);
        foreach (var delivery in aliceGot)
        {
            delivery.Run();
        }

        // Assert
        Assert.Equal(["first x", "second x"], ran);
    }

    [Fact]
    public void Unsubscribe_Topic_KeepsTheSessionsOtherSubscriptions()
    {
        // Arrange
        var (alice, aliceGot) = Join("alice");
        alice.Subscribe(null, Noop);
        alice.Subscribe("news", Noop);
        alice.Subscribe("news", Noop);

        // Act
        alice.Unsubscribe("news");
        alice.Publish("news", "lost", includeSelf: true);
        alice.Publish(null, "kept", includeSelf: true);

        // Assert
        Assert.Equal(["kept"], Messages(aliceGot));
        Assert.Equal(1, broker.SubscriptionCount);
    }

    [Fact]
    public void UnsubscribeAll_ManySessionsAndTopics_FreesEveryEntry()
    {
        // Arrange
        var members = Enumerable.Range(0, 50).Select(i => Join("s" + i).Broker).ToList();
        foreach (var (member, i) in members.Select((m, i) => (m, i)))
        {
            member.Subscribe(null, Noop);
            member.Subscribe("topic-" + (i % 7), Noop);
        }

        // Act
        var before = (broker.SubscriptionCount, broker.TopicCount);
        foreach (var member in members)
        {
            member.UnsubscribeAll();
        }

        // Assert
        Assert.Equal((100, 8), before);
        Assert.Equal(0, broker.SubscriptionCount);
        Assert.Equal(0, broker.TopicCount);
    }

    [Fact]
    public void Publish_AfterASubscriberLeft_NoLongerReachesIt()
    {
        // Arrange
        var (alice, _) = Join("alice");
        var (bob, bobGot) = Join("bob");
        alice.Subscribe(null, Noop);
        bob.Subscribe(null, Noop);
        alice.Publish(null, "one", includeSelf: false);

        // Act
        bob.UnsubscribeAll();
        alice.Publish(null, "two", includeSelf: false);

        // Assert
        Assert.Equal(["one"], Messages(bobGot));
    }

    [Fact]
    public async Task SubscribeAndPublish_FromManyThreads_EverySubscriptionPresentAtPublishGetsOneDelivery()
    {
        // Arrange
        var (publisher, _) = Join("publisher");
        var members = Enumerable.Range(0, 200).Select(i => Join("s" + i)).ToList();

        // Act: subscriptions race with publishes; afterwards one publish must reach every subscriber exactly once.
        await Task.WhenAll(members.Select((m, i) => Task.Run(() =>
        {
            m.Broker.Subscribe("t", Noop);
            if (i % 10 == 0)
            {
                publisher.Publish("t", "during", includeSelf: false);
            }
        })));
        publisher.Publish("t", "after", includeSelf: false);

        // Assert
        Assert.All(members, m => Assert.Single(m.Got, d => (string)d.Message == "after"));
        Assert.Equal(200, broker.SubscriptionCount);
    }

    private static void Noop(string? topic, object message)
    {
    }

    private static List<string> Messages(List<PubSubDelivery> got) => got.Select(d => (string)d.Message).ToList();

    private (IPubSubBroker Broker, List<PubSubDelivery> Got) Join(string sessionId)
    {
        var got = new List<PubSubDelivery>();
        var member = broker.Join(sessionId, d =>
        {
            lock (got)
            {
                got.Add(d);
            }
        });
        return (member, got);
    }
}
