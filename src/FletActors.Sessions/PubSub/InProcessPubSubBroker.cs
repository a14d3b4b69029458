using FletActors.UI.Hosting;

namespace FletActors.Sessions.PubSub;

/// <summary>
/// Pub/sub between the sessions of one process: the general channel and named topics, send-all and send-others.
/// A publish never runs a handler on the sender's thread: each delivery goes to the receiving session as a message.
/// </summary>
/// <remarks>
/// Subscriptions are indexed by topic and each session remembers its own topics, so a subscribe or unsubscribe
/// costs the same however many sessions the node holds, and a publish touches only the topic's subscribers. A
/// topic's subscriber array is rebuilt lazily, by the first publish after a change.
/// </remarks>
internal sealed class InProcessPubSubBroker : IPubSubHub
{
    private readonly Lock gate = new();
    private readonly Dictionary<TopicKey, Topic> topics = [];
    private int subscriptionCount;

    /// <summary>How many subscriptions (handlers) all sessions hold together.</summary>
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

    /// <summary>How many topics (the general channel included) have at least one subscriber.</summary>
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

    private void Publish(Member sender, string? topic, object message, bool includeSelf)
    {
        Subscription[] subscribers;
        lock (gate)
        {
            if (!topics.TryGetValue(new TopicKey(topic), out var subscribed))
            {
                return;
            }

            subscribers = subscribed.Snapshot();
        }

        // Delivering only enqueues into mailboxes, but it happens outside the lock all the same.
        foreach (var subscription in subscribers)
        {
            if (includeSelf || !ReferenceEquals(subscription.Member, sender))
            {
                subscription.Member.Deliver(new PubSubDelivery(topic, message, subscription.Handler));
            }
        }
    }

    private void Subscribe(Member member, string? topic, Action<string?, object> handler)
    {
        var key = new TopicKey(topic);
        lock (gate)
        {
            if (!topics.TryGetValue(key, out var subscribed))
            {
                subscribed = new Topic();
                topics.Add(key, subscribed);
            }

            subscribed.Add(member, handler);
            member.Topics.Add(key);
            subscriptionCount++;
        }
    }

    private void Unsubscribe(Member member, TopicKey key)
    {
        lock (gate)
        {
            RemoveLocked(member, key);
            member.Topics.Remove(key);
        }
    }

    private void UnsubscribeAll(Member member)
    {
        lock (gate)
        {
            foreach (var key in member.Topics)
            {
                RemoveLocked(member, key);
            }

            member.Topics.Clear();
        }
    }

    private void RemoveLocked(Member member, TopicKey key)
    {
        if (!topics.TryGetValue(key, out var subscribed))
        {
            return;
        }

        subscriptionCount -= subscribed.Remove(member);
        if (subscribed.IsEmpty)
        {
            topics.Remove(key);
        }
    }

    /// <summary>A topic name with the general channel (null) as a key of its own.</summary>
    private readonly record struct TopicKey(string? Name);

    private readonly record struct Subscription(Member Member, Action<string?, object> Handler);

    /// <summary>One topic's subscribers: each session's handlers in subscription order.</summary>
    private sealed class Topic
    {
        private readonly Dictionary<Member, List<Action<string?, object>>> handlers = new(ReferenceEqualityComparer.Instance);
        private Subscription[]? snapshot;

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

        public Subscription[] Snapshot()
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

    private sealed class Member(InProcessPubSubBroker broker, string sessionId, Action<PubSubDelivery> deliver) : IPubSubBroker
    {
        /// <summary>The topics this session subscribed to; guarded by the broker's lock.</summary>
        public HashSet<TopicKey> Topics { get; } = [];

        public string SessionId { get; } = sessionId;

        public void Deliver(PubSubDelivery delivery) => deliver(delivery);

        public void Publish(string? topic, object message, bool includeSelf)
        {
            ArgumentNullException.ThrowIfNull(message);
            broker.Publish(this, topic, message, includeSelf);
        }

        public void Subscribe(string? topic, Action<string?, object> handler)
        {
            ArgumentNullException.ThrowIfNull(handler);
            broker.Subscribe(this, topic, handler);
        }

        public void Unsubscribe(string? topic) => broker.Unsubscribe(this, new TopicKey(topic));

        public void UnsubscribeAll() => broker.UnsubscribeAll(this);

        public override string ToString() => SessionId;
    }
}
