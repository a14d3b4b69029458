using FletActors.UI.Hosting;

namespace FletActors.UI.Tests.Hosting;

/// <summary>A broker shared by test hosts; deliveries are posted as turns of the receiving host.</summary>
internal sealed class InProcessPubSub
{
    private readonly List<(TestHost Host, string? Topic, Action<string?, object> Handler)> subscriptions = [];

    public IPubSubBroker Join(TestHost host) => new Member(this, host);

    private sealed class Member(InProcessPubSub broker, TestHost host) : IPubSubBroker
    {
        public void Publish(string? topic, object message, bool includeSelf)
        {
            foreach (var (target, subscribedTopic, handler) in broker.subscriptions.ToList())
            {
                if (string.Equals(subscribedTopic, topic, StringComparison.Ordinal) && (includeSelf || target != host))
                {
                    target.Post(() => handler(topic, message));
                }
            }
        }

        public void Subscribe(string? topic, Action<string?, object> handler) =>
            broker.subscriptions.Add((host, topic, handler));

        public void Unsubscribe(string? topic) =>
            broker.subscriptions.RemoveAll(s => s.Host == host && string.Equals(s.Topic, topic, StringComparison.Ordinal));

        public void UnsubscribeAll() => broker.subscriptions.RemoveAll(s => s.Host == host);
    }
}
