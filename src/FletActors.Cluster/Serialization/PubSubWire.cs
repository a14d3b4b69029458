using FletActors.Cluster.PubSub;
using FletActors.Cluster.Serialization.Wire;
using FletActors.Sessions.PubSub;

namespace FletActors.Cluster.Serialization;

/// <summary>Maps <see cref="PubSubEnvelope"/> to and from its protobuf form, for <see cref="ClusterMessageSerializer"/>.</summary>
internal static class PubSubWire
{
    public static PubSubEnvelopeWire ToWire(PubSubEnvelope envelope) => new()
    {
        General = envelope.Topic.IsGeneral,
        Topic = envelope.Topic.Name ?? string.Empty,
        SenderSessionId = envelope.SenderSessionId,
        IncludeSelf = envelope.IncludeSelf,
        Payload = envelope.Payload,
    };

    public static PubSubEnvelope FromWire(PubSubEnvelopeWire wire)
    {
        if (!wire.General && wire.Topic.Length == 0)
        {
            throw new System.Runtime.Serialization.SerializationException("A pub/sub envelope names neither the general channel nor a topic.");
        }

        return new PubSubEnvelope(
            wire.General ? PubSubTopic.General : new PubSubTopic(wire.Topic),
            wire.SenderSessionId,
            wire.IncludeSelf,
            wire.Payload);
    }
}
