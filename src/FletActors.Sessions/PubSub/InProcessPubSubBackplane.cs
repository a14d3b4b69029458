namespace FletActors.Sessions.PubSub;

/// <summary>
/// Publications within this process: each goes straight to the receiver of its topic. The backplane of a server
/// that is no cluster node (an actor system on virtual time) and of tests.
/// </summary>
internal sealed class InProcessPubSubBackplane : IPubSubBackplane
{
    private readonly Lock gate = new();
    private readonly Dictionary<PubSubTopic, Action<PubSubPublication>> receivers = [];

    public IDisposable Receive(PubSubTopic topic, Action<PubSubPublication> receiver)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        lock (gate)
        {
            if (!receivers.TryAdd(topic, receiver))
            {
                throw new InvalidOperationException($"Topic {topic} already has a receiver in this process.");
            }
        }

        return new Receiving(this, topic, receiver);
    }

    public void Publish(PubSubPublication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        Action<PubSubPublication>? receiver;
        lock (gate)
        {
            receivers.TryGetValue(publication.Topic, out receiver);
        }

        receiver?.Invoke(publication);
    }

    private void Stop(PubSubTopic topic, Action<PubSubPublication> receiver)
    {
        lock (gate)
        {
            if (receivers.TryGetValue(topic, out var current) && ReferenceEquals(current, receiver))
            {
                receivers.Remove(topic);
            }
        }
    }

    private sealed class Receiving(InProcessPubSubBackplane backplane, PubSubTopic topic, Action<PubSubPublication> receiver) : IDisposable
    {
        public void Dispose() => backplane.Stop(topic, receiver);
    }
}
