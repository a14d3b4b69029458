using Akka.Actor;
using Akka.Serialization;
using FletActors.Cluster.PubSub;
using FletActors.Cluster.Remoting;
using FletActors.Cluster.Serialization.Wire;
using FletActors.Cluster.Sessions;
using FletActors.Cluster.Sharding;
using FletActors.Protocol.V1;
using FletActors.Sessions;
using Google.Protobuf;

namespace FletActors.Cluster.Serialization;

/// <summary>
/// Protobuf for every message about sessions that crosses nodes (cluster_messages.proto), with the client protocol's
/// own messages embedded as their bytes, actor refs as serialized paths and pub/sub publications with their payload
/// already encoded (<see cref="PubSubPayloadCodec"/>). No reflection: each type has a one-letter
/// manifest and hand-written mapping. An envelope's payload goes through the serializer Akka binds to its type (this
/// one for session messages). A <see cref="CreateSessionEntity"/> never crosses nodes and is refused.
/// </summary>
internal sealed class ClusterMessageSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    /// <summary>The fixed serializer id every node registers; above Akka's reserved range.</summary>
    public const int SerializerId = 7101;

    /// <summary>The name the serializer is registered under.</summary>
    public const string Name = "fletactors-cluster";

    private const string Envelope = "E";
    private const string Probe = "P";
    private const string Gone = "G";
    private const string Resume = "R";
    private const string Input = "J";
    private const string Started = "S";
    private const string Delivered = "D";
    private const string Failed = "F";
    private const string Send = "B";
    private const string Complete = "C";
    private const string Fail = "X";
    private const string Publication = "Q";

    // A client message alone, with no identity key, as builds before RemoteInputWire sent it; read as coming from an
    // anonymous caller, so a node of such a build (during a rolling deploy) reaches no signed-in user's session.
    private const string KeylessInput = "I";

    /// <summary>The types bound to this serializer.</summary>
    public static IReadOnlyList<Type> BoundTypes { get; } =
    [
        typeof(SessionEnvelope), typeof(ShardProbe), typeof(SessionGone), typeof(RemoteResume), typeof(RemoteInput),
        typeof(RemoteStarted), typeof(RemoteDelivered), typeof(RemoteFailed), typeof(BridgeSend), typeof(BridgeComplete),
        typeof(BridgeFail), typeof(PubSubEnvelope),
    ];

    public override int Identifier => SerializerId;

    public override string Manifest(object o) => o switch
    {
        SessionEnvelope => Envelope,
        ShardProbe => Probe,
        SessionGone => Gone,
        RemoteResume => Resume,
        RemoteInput => Input,
        RemoteStarted => Started,
        RemoteDelivered => Delivered,
        RemoteFailed => Failed,
        BridgeSend => Send,
        BridgeComplete => Complete,
        BridgeFail => Fail,
        PubSubEnvelope => Publication,
        _ => throw new ArgumentException($"{o.GetType().Name} does not cross nodes.", nameof(o)),
    };

    public override byte[] ToBinary(object obj) => obj switch
    {
        SessionEnvelope e => ToEnvelope(e),
        ShardProbe or BridgeComplete => [],
        SessionGone g => new SessionGoneWire { SessionId = g.SessionId }.ToByteArray(),
        RemoteResume r => new RemoteResumeWire
        {
            Resume = r.Resume.ToByteString(),
            Bridge = Akka.Serialization.Serialization.SerializedActorPath(r.Bridge),
            IdentityKey = r.IdentityKey,
        }.ToByteArray(),
        RemoteInput i => new RemoteInputWire { Message = i.Message.ToByteString(), IdentityKey = i.IdentityKey }.ToByteArray(),
        RemoteStarted s => s.Started.ToByteArray(),
        RemoteDelivered d => new RemoteDeliveredWire { Outcome = (int)d.Outcome }.ToByteArray(),
        RemoteFailed f => new RemoteFailedWire { StatusCode = f.StatusCode, Message = f.Message }.ToByteArray(),
        BridgeSend b => b.Message.ToByteArray(),
        BridgeFail f => new RemoteFailedWire { StatusCode = f.StatusCode, Message = f.Message }.ToByteArray(),
        PubSubEnvelope p => PubSubWire.ToWire(p).ToByteArray(),
        _ => throw new ArgumentException($"{obj.GetType().Name} does not cross nodes.", nameof(obj)),
    };

    public override object FromBinary(byte[] bytes, string manifest) => manifest switch
    {
        Envelope => FromEnvelope(SessionEnvelopeWire.Parser.ParseFrom(bytes)),
        Probe => ShardProbe.Instance,
        Complete => BridgeComplete.Instance,
        Gone => new SessionGone(SessionGoneWire.Parser.ParseFrom(bytes).SessionId),
        Resume => FromResume(RemoteResumeWire.Parser.ParseFrom(bytes)),
        Input => FromInput(RemoteInputWire.Parser.ParseFrom(bytes)),
        KeylessInput => new RemoteInput(ClientMessage.Parser.ParseFrom(bytes), IdentityKey: string.Empty),
        Started => new RemoteStarted(SessionStarted.Parser.ParseFrom(bytes)),
        Delivered => new RemoteDelivered((DeliveryOutcome)RemoteDeliveredWire.Parser.ParseFrom(bytes).Outcome),
        Failed => FromFailed(RemoteFailedWire.Parser.ParseFrom(bytes), (code, message) => new RemoteFailed(code, message)),
        Send => new BridgeSend(ServerMessage.Parser.ParseFrom(bytes)),
        Fail => FromFailed(RemoteFailedWire.Parser.ParseFrom(bytes), (code, message) => new BridgeFail(code, message)),
        Publication => PubSubWire.FromWire(PubSubEnvelopeWire.Parser.ParseFrom(bytes)),
        _ => throw new System.Runtime.Serialization.SerializationException($"Unknown manifest '{manifest}' for {Name}."),
    };

    private byte[] ToEnvelope(SessionEnvelope envelope)
    {
        if (envelope.Payload is CreateSessionEntity)
        {
            throw new ArgumentException($"{nameof(CreateSessionEntity)} does not cross nodes.", nameof(envelope));
        }

        var serializer = system.Serialization.FindSerializerFor(envelope.Payload);
        return new SessionEnvelopeWire
        {
            SessionId = envelope.SessionId,
            PayloadSerializerId = serializer.Identifier,
            PayloadManifest = Akka.Serialization.Serialization.ManifestFor(serializer, envelope.Payload),
            Payload = ByteString.CopyFrom(serializer.ToBinary(envelope.Payload)),
        }.ToByteArray();
    }

    private SessionEnvelope FromEnvelope(SessionEnvelopeWire wire) =>
        new(wire.SessionId, system.Serialization.Deserialize(wire.Payload.ToByteArray(), wire.PayloadSerializerId, wire.PayloadManifest));

    private RemoteResume FromResume(RemoteResumeWire wire) =>
        new(Protocol.V1.Resume.Parser.ParseFrom(wire.Resume), system.Provider.ResolveActorRef(wire.Bridge), wire.IdentityKey);

    private static RemoteInput FromInput(RemoteInputWire wire) => new(ClientMessage.Parser.ParseFrom(wire.Message), wire.IdentityKey);

    private static T FromFailed<T>(RemoteFailedWire wire, Func<int, string, T> create) => create(wire.StatusCode, wire.Message);
}
