using Akka.Actor;
using Akka.Configuration;
using FletActors.Cluster.PubSub;
using FletActors.Cluster.Remoting;
using FletActors.Cluster.Serialization;
using FletActors.Cluster.Serialization.Wire;
using FletActors.Cluster.Sessions;
using FletActors.Cluster.Sharding;
using FletActors.Protocol.V1;
using FletActors.Sessions.PubSub;
using Google.Protobuf;

namespace FletActors.Cluster.Tests.Serialization;

public sealed class ClusterMessageSerializerTests() : Akka.TestKit.Xunit2.TestKit(Bindings())
{
    private const string Id = "002a.Zm9vYmFyYmF6cXV4cXV1eA";

    // A SessionIdentity.Key: authentication type, newline, user id.
    private const string UserKey = "Cookies\nada";

    // The same binding the hosting extension makes with WithCustomSerializer, as HOCON for a plain test system.
    private static Config Bindings() => ConfigurationFactory.ParseString(
        $"akka.actor.serializers.{ClusterMessageSerializer.Name} = \"{typeof(ClusterMessageSerializer).AssemblyQualifiedName}\"\n"
        + "akka.actor.serialization-bindings {\n"
        + string.Join("\n", ClusterMessageSerializer.BoundTypes.Select(t =>
            $"\"{t.FullName}, {t.Assembly.GetName().Name}\" = {ClusterMessageSerializer.Name}"))
        + "\n}");

    [Fact]
    public void RoundTrip_EveryMessageThatCrossesNodes_ComesBackEqual()
    {
        // Arrange
        var serializer = new ClusterMessageSerializer((ExtendedActorSystem)Sys);
        var bridge = CreateTestProbe().Ref;
        var click = new ClientMessage { Event = new FletActors.Protocol.V1.ControlEvent { ControlId = 7, Name = "click" }, InputSeq = 3 };
        object[] messages =
        [
            new SessionEnvelope(Id, new RemoteInput(click, UserKey)),
            new SessionEnvelope(Id, new RemoteInput(click, IdentityKey: string.Empty)),
            new SessionEnvelope(Id, ShardProbe.Instance),
            new SessionEnvelope(Id, new RemoteResume(new Resume { SessionId = Id, ResumeToken = "t", Epoch = 2, LastAppliedSeq = 9 }, bridge, UserKey)),
            new SessionEnvelope(Id, new RemoteResume(new Resume { SessionId = Id, ResumeToken = "t" }, bridge, IdentityKey: string.Empty)),
            new SessionGone(Id),
            new RemoteStarted(new SessionStarted { SessionId = Id, Resumed = true, LastInputSeq = 3 }),
            new RemoteDelivered(FletActors.Sessions.DeliveryOutcome.Duplicate),
            new RemoteFailed(10, "Client input 5 is out of order"),
            new BridgeSend(new ServerMessage { InputAck = new InputAck { LastInputSeq = 3 } }),
            BridgeComplete.Instance,
            new BridgeFail(8, "too slow"),
            new PubSubEnvelope(PubSubTopic.General, Id, IncludeSelf: false, PubSubPayloadCodec.Encode("hi")),
            new PubSubEnvelope(new PubSubTopic("news"), Id, IncludeSelf: true, PubSubPayloadCodec.Encode(42)),
        ];

        foreach (var message in messages)
        {
            // Act
            var back = serializer.FromBinary(serializer.ToBinary(message), serializer.Manifest(message));

            // Assert
            Assert.Equal(message, back);
            Assert.IsType<ClusterMessageSerializer>(Sys.Serialization.FindSerializerFor(message));
        }
    }

    [Fact]
    public void ToBinary_RemoteResumeAndInput_CarryTheCallersIdentityKeyInTheirWireFields()
    {
        // Arrange
        var serializer = new ClusterMessageSerializer((ExtendedActorSystem)Sys);
        var click = new ClientMessage { Event = new FletActors.Protocol.V1.ControlEvent { ControlId = 7, Name = "click" }, InputSeq = 3 };
        var resume = new Resume { SessionId = Id, ResumeToken = "t", Epoch = 2, LastAppliedSeq = 9 };

        // Act
        var inputWire = RemoteInputWire.Parser.ParseFrom(serializer.ToBinary(new RemoteInput(click, UserKey)));
        var resumeWire = RemoteResumeWire.Parser.ParseFrom(serializer.ToBinary(new RemoteResume(resume, CreateTestProbe().Ref, UserKey)));

        // Assert
        Assert.Equal(UserKey, inputWire.IdentityKey);
        Assert.Equal(click, ClientMessage.Parser.ParseFrom(inputWire.Message));
        Assert.Equal(UserKey, resumeWire.IdentityKey);
        Assert.Equal(resume, Resume.Parser.ParseFrom(resumeWire.Resume));
    }

    [Fact]
    public void FromBinary_KeylessInputOfAnEarlierBuild_ReadsAsFromAnAnonymousCaller()
    {
        // Arrange: before RemoteInputWire, an input crossed as the bare ClientMessage under manifest "I"
        var serializer = new ClusterMessageSerializer((ExtendedActorSystem)Sys);
        var click = new ClientMessage { Event = new FletActors.Protocol.V1.ControlEvent { ControlId = 7, Name = "click" }, InputSeq = 3 };

        // Act
        var back = serializer.FromBinary(click.ToByteArray(), "I");

        // Assert
        Assert.Equal(new RemoteInput(click, IdentityKey: string.Empty), back);
        Assert.NotEqual("I", serializer.Manifest(new RemoteInput(click, string.Empty)));
    }

    [Fact]
    public void RoundTrip_EnvelopeOfAnotherPayload_UsesThatPayloadsSerializer()
    {
        var serializer = new ClusterMessageSerializer((ExtendedActorSystem)Sys);
        var envelope = new SessionEnvelope(Id, "hello");

        var back = serializer.FromBinary(serializer.ToBinary(envelope), serializer.Manifest(envelope));

        Assert.Equal(envelope, back);
    }

    [Fact]
    public void ToBinary_LocalOnlyCreateMessage_IsRefused()
    {
        var serializer = new ClusterMessageSerializer((ExtendedActorSystem)Sys);
        var create = new SessionEnvelope(Id, new CreateSessionEntity(Props.Empty, null!, new TaskCompletionSource<IActorRef>()));

        Assert.Throws<ArgumentException>(() => serializer.ToBinary(create));
    }
}
