using Akka.Actor;
using Akka.Cluster;
using FletActors.Cluster.Replication;
using FletActors.Cluster.Tests.Support;
using FletActors.Sessions;

namespace FletActors.Cluster.Tests.Replication;

public sealed class SessionRecordCodecTests
{
    private const string SessionId = "00a-session";
    private static readonly UniqueAddress Owner = new(new Address("akka.tcp", "fletactors", "10.0.0.1", 4053), 1234567);

    [Fact]
    public void Encode_ThenDecode_KeepsAppRouteOwnerAndTypedValues()
    {
        var log = new CapturedLog();
        var codec = new SessionRecordCodec(4096, log);
        var snapshot = new SessionSnapshot("counter", "/settings",
            [KeyValuePair.Create<string, object?>("count", 3), KeyValuePair.Create<string, object?>("user", "ada"),
                KeyValuePair.Create<string, object?>("nothing", null)], OwnerLeaving: true, IdentityKey: "Cookies\nada");

        var record = SessionRecordCodec.Decode(codec.Encode(SessionId, snapshot, Owner));

        Assert.Equal(("counter", "/settings", "akka.tcp://fletactors@10.0.0.1:4053", 1234567L, true, "Cookies\nada"),
            (record.App, record.Route, record.OwnerNode, record.OwnerUid, record.OwnerLeaving, record.IdentityKey));
        var values = codec.RestoreValues(SessionId, record);
        Assert.Equal(
            [KeyValuePair.Create<string, object?>("count", 3), KeyValuePair.Create<string, object?>("nothing", null),
                KeyValuePair.Create<string, object?>("user", "ada")],
            values);
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void Encode_AValueThatCannotBeWritten_LeftOutWithAWarningNamingItsKey()
    {
        var log = new CapturedLog();
        var codec = new SessionRecordCodec(4096, log);
        Action callback = () => { };
        var snapshot = new SessionSnapshot("app", "/",
            [KeyValuePair.Create<string, object?>("callback", callback), KeyValuePair.Create<string, object?>("kept", 1)], false, IdentityKey: "");

        var record = SessionRecordCodec.Decode(codec.Encode(SessionId, snapshot, Owner));

        Assert.Equal(["kept"], record.Values.Select(v => v.Key));
        var warning = Assert.Single(log.Warnings);
        Assert.Contains("Page.Session value callback stays on this node only", warning, StringComparison.Ordinal);
        Assert.Contains(SessionId, warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_ValuesBeyondMaxSessionRecordBytes_LeftOutWithAWarningTheRestKept()
    {
        var log = new CapturedLog();
        var codec = new SessionRecordCodec(512, log);
        var snapshot = new SessionSnapshot("app", "/",
            [KeyValuePair.Create<string, object?>("a-small", "x"), KeyValuePair.Create<string, object?>("b-huge", new string('y', 600)),
                KeyValuePair.Create<string, object?>("c-small", 2)], false, IdentityKey: "");

        var bytes = codec.Encode(SessionId, snapshot, Owner);

        Assert.True(bytes.Length <= 512, $"{bytes.Length} bytes");
        Assert.Equal(["a-small", "c-small"], SessionRecordCodec.Decode(bytes).Values.Select(v => v.Key));
        var warning = Assert.Single(log.Warnings);
        Assert.Contains("Page.Session value b-huge stays on this node only", warning, StringComparison.Ordinal);
        Assert.Contains("MaxSessionRecordBytes (512)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void RestoreValues_ATypeThisNodeLacks_SkippedWithAWarningTheRestRestored()
    {
        var log = new CapturedLog();
        var codec = new SessionRecordCodec(4096, log);
        var record = SessionRecordCodec.Decode(codec.Encode(SessionId,
            new SessionSnapshot("app", "/", [KeyValuePair.Create<string, object?>("count", 5)], false, IdentityKey: ""), Owner));
        record.Values.Add(new FletActors.Cluster.Serialization.Wire.SessionValueWire { Key = "alien", TypeName = "Nowhere.Missing, Nowhere", Json = "{}" });

        var values = codec.RestoreValues(SessionId, record);

        Assert.Equal([KeyValuePair.Create<string, object?>("count", 5)], values);
        Assert.Contains("Page.Session value alien could not be restored: this node has no type", Assert.Single(log.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Garbage_InvalidDataException()
    {
        Assert.Throws<InvalidDataException>(() => SessionRecordCodec.Decode([0xff, 0xff, 0xff]));
    }
}
