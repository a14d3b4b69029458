using FletActors.UI.Hosting;

namespace FletActors.Server.PubSub;

/// <summary>
/// Pub/sub between the sessions of one process: the general channel and named topics, send-all and send-others.
/// A publish never runs a handler on the sender's thread: each delivery goes to the receiving session as a message.
/// </summary>
internal sealed class InProcessPubSubBroker : IPubSubHub
{
    private readonly Lock gate = new();

    // Copy-on-write, so a publish reads a stable snapshot without holding the lock while it hands out deliveries.
    private Subscription[] subscriptions = [];

    /// <summary>How many subscriptions all sessions hold together.</summary>
    public int SubscriptionCount => Volatile.Read(ref subscriptions).Length;

    public IPubSubBroker Join(string sessionId, Action<PubSubDelivery> deliver)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentNullException.ThrowIfNull(deliver);
        return new Member(this, new SessionMember(sessionId, deliver));
    }

    private void Publish(SessionMember sender, string? topic, object message, bool includeSelf)
    {
        foreach (var subscription in Volatile.Read(ref subscriptions))
        {
            if (string.Equals(subscription.Topic, topic, StringComparison.Ordinal)
                && (includeSelf || !ReferenceEquals(subscription.Session, sender)))
            {
                subscription.Session.Deliver(new PubSubDelivery(topic, message, subscription.Handler));
            }
        }
    }

    private void Change(Func<Subscription[], Subscription[]> edit)
    {
        lock (gate)
        {
            Volatile.Write(ref subscriptions, edit(subscriptions));
        }
    }

    private sealed record SessionMember(string SessionId, Action<PubSubDelivery> Deliver);

    private sealed record Subscription(SessionMember Session, string? Topic, Action<string?, object> Handler);

    private sealed class Member(InProcessPubSubBroker broker, SessionMember session) : IPubSubBroker
    {
        public void Publish(string? topic, object message, bool includeSelf)
        {
            ArgumentNullException.ThrowIfNull(message);
            broker.Publish(session, topic, message, includeSelf);
        }

        public void Subscribe(string? topic, Action<string?, object> handler)
        {
            ArgumentNullException.ThrowIfNull(handler);
            broker.Change(all => [.. all, new Subscription(session, topic, handler)]);
        }

        public void Unsubscribe(string? topic) => broker.Change(all =>
            all.Where(s => !ReferenceEquals(s.Session, session) || !string.Equals(s.Topic, topic, StringComparison.Ordinal)).ToArray());

        public void UnsubscribeAll() => broker.Change(all => all.Where(s => !ReferenceEquals(s.Session, session)).ToArray());
    }
}
