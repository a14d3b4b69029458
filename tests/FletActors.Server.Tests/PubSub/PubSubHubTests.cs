using FletActors.Sessions.PubSub;

namespace FletActors.Server.Tests.PubSub;

/// <summary>
/// What a node's hub asks of its backplane: one receive per topic however many sessions subscribe, ended with the last
/// one, and nothing delivered through a receive that has ended.
/// </summary>
public sealed class PubSubHubTests
{
    private readonly RecordingBackplane backplane = new();

    [Fact]
    public void Subscribe_ManySessionsOnATopic_AsksTheBackplaneOnceAndEndsWithTheLastLeave()
    {
        // Arrange
        var hub = new PubSubHub(backplane);
        var sessions = Enumerable.Range(0, 5).Select(i => hub.Join("s" + i, _ => { })).ToList();

        // Act
        sessions.ForEach(s => s.Subscribe("news", Noop));
        var whileSubscribed = (backplane.Receives.Count, backplane.Ended);
        sessions.Take(4).ToList().ForEach(s => s.UnsubscribeAll());
        var oneLeft = backplane.Ended;
        sessions[4].Unsubscribe("news");

        // Assert
        Assert.Equal((1, 0), whileSubscribed);
        Assert.Equal(0, oneLeft);
        Assert.Equal(1, backplane.Ended);
        Assert.Equal(new PubSubTopic("news"), backplane.Receives[0].Topic);
    }

    [Fact]
    public void Deliver_ThroughAReceiveThatEnded_ReachesNoOneEvenAfterTheTopicIsSubscribedAgain()
    {
        // Arrange: a publication still on its way to the topic's first receive when the topic was left and joined again.
        var hub = new PubSubHub(backplane);
        var got = new List<PubSubDelivery>();
        var alice = hub.Join("alice", got.Add);
        alice.Subscribe("news", Noop);
        alice.Unsubscribe("news");
        alice.Subscribe("news", Noop);
        var (_, stale) = backplane.Receives[0];
        var (_, current) = backplane.Receives[1];

        // Act
        stale(new PubSubPublication(new PubSubTopic("news"), "late", "bob", IncludeSelf: true));
        current(new PubSubPublication(new PubSubTopic("news"), "now", "bob", IncludeSelf: true));

        // Assert
        Assert.Equal(["now"], got.Select(d => (string)d.Message));
    }

    [Fact]
    public void Publish_SendOthers_TellsTheBackplaneWhoSentAndDeliversToEveryoneElseOnThisNode()
    {
        // Arrange
        var hub = new PubSubHub(backplane);
        var aliceGot = new List<PubSubDelivery>();
        var bobGot = new List<PubSubDelivery>();
        var alice = hub.Join("alice", aliceGot.Add);
        var bob = hub.Join("bob", bobGot.Add);
        alice.Subscribe(null, Noop);
        bob.Subscribe(null, Noop);

        // Act
        alice.Publish(null, "hi", includeSelf: false);

        // Assert
        Assert.Equal([new PubSubPublication(PubSubTopic.General, "hi", "alice", IncludeSelf: false)], backplane.Published);
        Assert.Empty(aliceGot);
        Assert.Equal([((string?)null, (object)"hi")], bobGot.Select(d => (d.Topic, d.Message)));
    }

    private static void Noop(string? topic, object message)
    {
    }

    /// <summary>A backplane that keeps every receive it was asked for and hands publications to the live ones.</summary>
    private sealed class RecordingBackplane : IPubSubBackplane
    {
        private readonly HashSet<int> ended = [];

        public List<(PubSubTopic Topic, Action<PubSubPublication> Receiver)> Receives { get; } = [];

        public List<PubSubPublication> Published { get; } = [];

        public int Ended => ended.Count;

        public IDisposable Receive(PubSubTopic topic, Action<PubSubPublication> receiver)
        {
            Receives.Add((topic, receiver));
            return new Ending(this, Receives.Count - 1);
        }

        public void Publish(PubSubPublication publication)
        {
            Published.Add(publication);
            foreach (var (receive, index) in Receives.Select((r, i) => (r, i)).ToList())
            {
                if (receive.Topic == publication.Topic && !ended.Contains(index))
                {
                    receive.Receiver(publication);
                }
            }
        }

        private sealed class Ending(RecordingBackplane backplane, int index) : IDisposable
        {
            public void Dispose() => backplane.ended.Add(index);
        }
    }
}
