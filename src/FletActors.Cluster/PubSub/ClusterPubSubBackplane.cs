using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using FletActors.Cluster.Serialization;
using FletActors.Sessions.PubSub;
using Microsoft.Extensions.Logging;

namespace FletActors.Cluster.PubSub;

/// <summary>
/// Page.PubSub across the cluster on Akka's DistributedPubSub: each topic (and the general channel) is a mediator
/// topic, a publication is a mediator <see cref="Publish"/> of a <see cref="PubSubEnvelope"/>, and each node that has
/// subscribers receives it once and fans it out to them.
/// </summary>
/// <remarks>
/// A node subscribes to a mediator topic once, through one <see cref="TopicSubscriber"/> per topic, not once per
/// session. The mediator gossips its registry to every node, so an entry per session would make every node hold and
/// gossip every session of the cluster, and a publication would cross the network once per remote session instead of
/// once per node. The registry is eventually consistent: a session that subscribes on one node receives what sessions
/// on other nodes publish once its node's subscription has reached theirs (the mediator gossips every second).
/// </remarks>
internal sealed class ClusterPubSubBackplane : IPubSubBackplane
{
    private readonly ActorSystem system;
    private readonly Lazy<IActorRef> mediator;
    private readonly int maxMessageBytes;
    private readonly ILogger logger;
    private long subscribers;

    /// <param name="system">A cluster node's actor system; its mediator is started when first needed.</param>
    /// <param name="maxMessageBytes">The largest encoded message a session may publish (<c>PubSubMaxMessageBytes</c>).</param>
    /// <param name="loggerFactory">Where unreadable publications are reported.</param>
    public ClusterPubSubBackplane(ActorSystem system, int maxMessageBytes, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessageBytes);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        this.system = system;
        this.maxMessageBytes = maxMessageBytes;
        logger = loggerFactory.CreateLogger("FletActors.Cluster.PubSub");
        mediator = new Lazy<IActorRef>(() => DistributedPubSub.Get(system).Mediator);
    }

    /// <summary>The hub of a cluster node: <see cref="PubSubHub"/> on this backplane.</summary>
    public static IPubSubHub CreateHub(ActorSystem system, int maxMessageBytes, ILoggerFactory loggerFactory) =>
        new PubSubHub(new ClusterPubSubBackplane(system, maxMessageBytes, loggerFactory));

    public IDisposable Receive(PubSubTopic topic, Action<PubSubPublication> receiver)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        var name = MediatorTopics.NameOf(topic);
        var subscriber = system.ActorOf(
            TopicSubscriber.Props(topic, receiver, logger), $"fletactors-pubsub-{Interlocked.Increment(ref subscribers)}");

        // Told from here rather than from the subscriber's PreStart, so that the mediator has it before any
        // publication its caller makes next: a session that subscribes and publishes in one turn hears itself.
        mediator.Value.Tell(new Subscribe(name, subscriber), subscriber);
        return new Subscription(mediator.Value, name, subscriber);
    }

    public void Publish(PubSubPublication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var payload = PubSubPayloadCodec.Encode(publication.Message);
        if (payload.Length > maxMessageBytes)
        {
            throw new ArgumentException(
                $"A pub/sub message of {payload.Length} bytes ({publication.Message.GetType().FullName}) is larger than "
                + $"FletActors:Cluster:PubSubMaxMessageBytes allows ({maxMessageBytes} bytes).",
                nameof(publication));
        }

        var envelope = new PubSubEnvelope(publication.Topic, publication.SenderSessionId, publication.IncludeSelf, payload);
        mediator.Value.Tell(new Publish(MediatorTopics.NameOf(publication.Topic), envelope));
    }

    /// <summary>The node's subscription of one topic; ending it unsubscribes, and the subscriber stops on the ack.</summary>
    private sealed class Subscription(IActorRef mediator, string topic, IActorRef subscriber) : IDisposable
    {
        public void Dispose() => mediator.Tell(new Unsubscribe(topic, subscriber), subscriber);
    }
}
