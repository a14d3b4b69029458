using System.Runtime.Serialization;
using FletActors.Cluster.PubSub;
using FletActors.Cluster.Serialization;
using FletActors.Cluster.Serialization.Wire;
using FletActors.Sessions.PubSub;
using Google.Protobuf;

namespace FletActors.Cluster.Tests.Serialization;

public sealed class PubSubPayloadCodecTests
{
    public static TheoryData<object> Primitives => new()
    {
        "hello", string.Empty, "ünïcödé ✓", true, false, 0, -7, int.MaxValue, long.MinValue, 3.25, double.NaN, -1.5f,
    };

    [Theory]
    [MemberData(nameof(Primitives))]
    public void RoundTrip_StringOrPrimitive_ComesBackAsTheSameTypeAndValueWithoutJson(object message)
    {
        // Act
        var payload = PubSubPayloadCodec.Encode(message);
        var back = PubSubPayloadCodec.Decode(payload);

        // Assert
        Assert.Equal(message.GetType(), back.GetType());
        Assert.Equal(message, back);
        Assert.NotEqual(PubSubPayloadWire.ValueOneofCase.Json, PubSubPayloadWire.Parser.ParseFrom(payload).ValueCase);
    }

    [Fact]
    public void RoundTrip_AppRecordWithANestedListAndEnum_ComesBackEqualAsJsonWithItsTypeName()
    {
        // Arrange
        var message = new ChatLine("Ada", "hi", Mood.Glad, ["#general", "#random"]);

        // Act
        var payload = PubSubPayloadCodec.Encode(message);
        var back = (ChatLine)PubSubPayloadCodec.Decode(payload);

        // Assert
        var json = PubSubPayloadWire.Parser.ParseFrom(payload).Json;
        Assert.Equal(PubSubPayloadCodec.TypeNameOf(typeof(ChatLine)), json.TypeName);
        Assert.Equal(message with { Channels = back.Channels }, back);
        Assert.Equal(message.Channels, back.Channels);
    }

    [Theory]
    [InlineData(typeof(byte))]
    [InlineData(typeof(decimal))]
    [InlineData(typeof(Guid))]
    [InlineData(typeof(DateTimeOffset))]
    public void RoundTrip_OtherValueTypes_ComeBackEqualThroughJson(Type type)
    {
        var message = type == typeof(byte) ? (byte)200
            : type == typeof(decimal) ? 12.345m
            : type == typeof(Guid) ? Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")
            : (object)new DateTimeOffset(2026, 12, 4, 17, 0, 0, TimeSpan.FromHours(1));

        var back = PubSubPayloadCodec.Decode(PubSubPayloadCodec.Encode(message));

        Assert.Equal(message, back);
    }

    [Fact]
    public void Encode_Delegate_IsRefusedNamingItsType()
    {
        var refused = Assert.Throws<ArgumentException>(() => PubSubPayloadCodec.Encode(new Func<int>(() => 1)));

        Assert.Contains("System.Func`1", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_TypeJsonCannotBuildAgain_IsRefusedNamingItsType()
    {
        var refused = Assert.Throws<ArgumentException>(() => PubSubPayloadCodec.Encode(NoPublicConstructor.Create(1)));

        Assert.Contains(typeof(NoPublicConstructor).FullName!, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TypeUnknownOnThisNode_ThrowsNamingIt()
    {
        var payload = new PubSubPayloadWire
        {
            Json = new JsonPayloadWire { TypeName = "Nowhere.Missing, Nowhere", Utf8Json = ByteString.CopyFromUtf8("{}") },
        }.ToByteString();

        var error = Assert.Throws<SerializationException>(() => PubSubPayloadCodec.Decode(payload));

        Assert.Contains("Nowhere.Missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromWire_EnvelopeNamingNoTopic_IsRefused()
    {
        var wire = PubSubWire.ToWire(new PubSubEnvelope(new PubSubTopic("t"), "s", IncludeSelf: true, PubSubPayloadCodec.Encode(1)));
        wire.Topic = string.Empty;

        Assert.Throws<SerializationException>(() => PubSubWire.FromWire(wire));
    }

    private enum Mood
    {
        Calm,
        Glad,
    }

    private sealed record ChatLine(string User, string Text, Mood Mood, IReadOnlyList<string> Channels);

    private sealed class NoPublicConstructor
    {
        private NoPublicConstructor(int value) => Value = value;

        public int Value { get; }

        public static NoPublicConstructor Create(int value) => new(value);
    }
}
