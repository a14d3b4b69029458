using FletActors.UI.Hosting;

namespace FletActors.Sessions.PubSub;

/// <summary>
/// The sessions of one node and what they subscribed to: the general channel and named topics, send-all and
/// send-others. Publishing goes through the <see cref="IPubSubBackplane"/>; what the backplane brings back for a topic
/// is fanned out to this node's subscribers, each delivery a message to the receiving session, never a call on the
/// sender's thread.
/// </summary>
/// <remarks>
/// Subscriptions are indexed by topic and each session remembers its own topics, so a subscribe or unsubscribe
/// costs the same however many sessions the node holds, and a fan-out touches only the topic's subscribers. A
/// topic's subscriber array is rebuilt lazily, by the first fan-out after a change.
/// </remarks>
internal class PubSubHub(IPubSubBackplane backplane) : IPubSubHub
{
    private readonly Lock gate = new();
    private readonly Dictionary<PubSubTopic, LocalTopic> topics = [];
    private int subscriptionCount;

    /// <summary>How many subscriptions (handlers) all sessions of this node hold together.</summary>
    public int SubscriptionCount
    {
        get
        {
            lock (gate)
            {
                return subscriptionCount;
            }
        }
    }

    /// <summary>How many topics (the general channel included) have at least one subscriber on this node.</summary>
    public int TopicCount
    {
        get
        {
            lock (gate)
            {
                return topics.Count;
            }
        }
    }

    public IPubSubBroker Join(string sessionId, Action<PubSubDelivery> deliver)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentNullException.ThrowIfNull(deliver);
        return new Member(this, sessionId, deliver);
    }

    private void Publish(Member sender, PubSubTopic topic, object message, bool includeSelf) =>
        backplane.Publish(new PubSubPublication(topic, message, sender.SessionId, includeSelf));

    private void Subscribe(Member member, PubSubTopic topic, Action<string?, object> handler)
    {
        lock (gate)
        {
            if (!topics.TryGetValue(topic, out var local))
            {
                // Asked under the lock, so the backplane sees each topic's receive and its end in the order the index
                // made them, however many sessions subscribe and leave at once.
                local = new LocalTopic(this, topic);
                local.Receiving = backplane.Receive(topic, local.FanOut);
                topics.Add(topic, local);
            }

            local.Add(member, handler);
            member.Topics.Add(topic);
            subscriptionCount++;
        }
    }

    private void Unsubscribe(Member member, PubSubTopic topic)
    {
        lock (gate)
        {
            RemoveLocked(member, topic);
            member.Topics.Remove(topic);
        }
    }

    private void UnsubscribeAll(Member member)
    {
        lock (gate)
        {
            foreach (var topic in member.Topics)
            {
                RemoveLocked(member, topic);
            }

            member.Topics.Clear();
        }
    }

    private void RemoveLocked(Member member, PubSubTopic topic)
    {
        if (!topics.TryGetValue(topic, out var local))
        {
            return;
        }

        subscriptionCount -= local.Remove(member);
        if (local.IsEmpty)
        {
            topics.Remove(topic);
            local.Close();
        }
    }

    private readonly record struct Subscription(Member Member, Action<string?, object> Handler);

    /// <summary>
    /// One topic's subscribers on this node, each session's handlers in subscription order. Once its last subscriber
    /// leaves it is closed for good: a later subscriber gets a new one, so a publication still on its way to the old
    /// receiver is not delivered twice.
    /// </summary>
    private sealed class LocalTopic(PubSubHub hub, PubSubTopic topic)
    {
        private readonly Dictionary<Member, List<Action<string?, object>>> handlers = new(ReferenceEqualityComparer.Instance);
        private Subscription[]? snapshot;
        private bool closed;

        public IDisposable? Receiving { get; set; }

        public bool IsEmpty => handlers.Count == 0;

        public void Add(Member member, Action<string?, object> handler)
        {
            if (!handlers.TryGetValue(member, out var list))
            {
                list = [];
                handlers.Add(member, list);
            }

            list.Add(handler);
            snapshot = null;
        }

        /// <summary>Removes every handler of <paramref name="member"/>; returns how many there were.</summary>
        public int Remove(Member member)
        {
            if (!handlers.Remove(member, out var list))
            {
                return 0;
            }

            snapshot = null;
            return list.Count;
        }

        public void Close()
        {
            closed = true;
            Receiving?.Dispose();
        }

        public void FanOut(PubSubPublication publication)
        {
            Subscription[] subscribers;
            lock (hub.gate)
            {
                if (closed)
                {
                    return;
                }

                subscribers = Snapshot();
            }

            // Delivering only enqueues into mailboxes, but it happens outside the lock all the same.
            foreach (var subscription in subscribers)
            {
                if (publication.IncludeSelf || !string.Equals(subscription.Member.SessionId, publication.SenderSessionId, StringComparison.Ordinal))
                {
                    subscription.Member.Deliver(new PubSubDelivery(topic.Name, publication.Message, subscription.Handler));
                }
            }
        }

        private Subscription[] Snapshot()
        {
            if (snapshot is null)
            {
                var all = new List<Subscription>();
                foreach (var (member, list) in handlers)
                {
                    foreach (var handler in list)
                    {
                        all.Add(new Subscription(member, handler));
                    }
                }

                snapshot = [.. all];
            }

            return snapshot;
        }
    }

    private sealed class Member(PubSubHub hub, string sessionId, Action<PubSubDelivery> deliver) : IPubSubBroker
    {
        /// <summary>The topics this session subscribed to; guarded by the hub's lock.</summary>
        public HashSet<PubSubTopic> Topics { get; } = [];

        public string SessionId { get; } = sessionId;

        public void Deliver(PubSubDelivery delivery) => deliver(delivery);

        public void Publish(string? topic, object message, bool includeSelf)
        {
            ArgumentNullException.ThrowIfNull(message);
            hub.Publish(this, new PubSubTopic(topic), message, includeSelf);
        }

        public void Subscribe(string? topic, Action<string?, object> handler)
        {
            ArgumentNullException.ThrowIfNull(handler);
            hub.Subscribe(this, new PubSubTopic(topic), handler);
        }

        public void Unsubscribe(string? topic) => hub.Unsubscribe(this, new PubSubTopic(topic));

        public void UnsubscribeAll() => hub.UnsubscribeAll(this);

        public override string ToString() => SessionId;
    }
}
