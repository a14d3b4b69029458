using System.Runtime.Serialization;
using System.Text.Json;
using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using FletActors.Cluster.Serialization;
using FletActors.Sessions.PubSub;
using Google.Protobuf;
using Microsoft.Extensions.Logging;

namespace FletActors.Cluster.PubSub;

/// <summary>
/// This node's one subscriber of a mediator topic: it reads each publication's message once and hands it to the
/// node's <see cref="PubSubHub"/>, which fans it out to the local sessions that subscribed, as messages to them.
/// Stops once the mediator confirms its unsubscribe.
/// </summary>
internal sealed class TopicSubscriber : ReceiveActor
{
    public TopicSubscriber(PubSubTopic topic, Action<PubSubPublication> receiver, ILogger logger)
    {
        Receive<PubSubEnvelope>(envelope =>
        {
            object message;
            try
            {
                message = PubSubPayloadCodec.Decode(envelope.Payload);
            }
            catch (Exception e) when (e is SerializationException or JsonException or NotSupportedException or InvalidProtocolBufferException)
            {
                ClusterPubSubLog.Unreadable(logger, topic, envelope.SenderSessionId, e);
                return;
            }

            receiver(new PubSubPublication(topic, message, envelope.SenderSessionId, envelope.IncludeSelf));
        });
        Receive<SubscribeAck>(_ => { });
        Receive<UnsubscribeAck>(_ => Context.Stop(Self));
    }

    public static Props Props(PubSubTopic topic, Action<PubSubPublication> receiver, ILogger logger) =>
        Akka.Actor.Props.Create(() => new TopicSubscriber(topic, receiver, logger));
}
