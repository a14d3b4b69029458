using FletActors.Sessions.PubSub;
using Google.Protobuf;

namespace FletActors.Cluster.PubSub;

/// <summary>
/// A publication as it travels through DistributedPubSub. Its message is already encoded
/// (<see cref="Serialization.PubSubPayloadCodec"/>): checked once, when it was published, read once per receiving node.
/// </summary>
internal sealed record PubSubEnvelope(PubSubTopic Topic, string SenderSessionId, bool IncludeSelf, ByteString Payload);
