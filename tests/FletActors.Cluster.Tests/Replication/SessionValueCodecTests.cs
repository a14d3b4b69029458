using FletActors.Cluster.Replication;

namespace FletActors.Cluster.Tests.Replication;

public sealed class SessionValueCodecTests
{
    public static TheoryData<object?> Replicable() => new()
    {
        null,
        "text with \"quotes\" and ünïcode",
        42,
        -7L,
        3.25,
        true,
        12.5m,
        'x',
        new DateTimeOffset(2026, 12, 4, 17, 0, 0, TimeSpan.FromHours(1)),
        Guid.Parse("0b8e2a64-5a86-4c8f-9c3e-1d2f3a4b5c6d"),
        DayOfWeek.Friday,
        new Preferences("dark", 14, ["a", "b"]),
    };

    [Theory]
    [MemberData(nameof(Replicable))]
    public void TryEncode_ThenTryDecode_GivesAnEqualValueOfTheSameType(object? value)
    {
        Assert.True(SessionValueCodec.TryEncode(value, out var typeName, out var json, out var problem), problem);

        Assert.True(SessionValueCodec.TryDecode(typeName, json, out var decoded, out problem), problem);
        Assert.Equal(value?.GetType(), decoded?.GetType());
        if (value is Preferences preferences)
        {
            var restored = (Preferences)decoded!;
            Assert.Equal((preferences.Theme, preferences.FontSize), (restored.Theme, restored.FontSize));
            Assert.Equal(preferences.Recent, restored.Recent);
        }
        else
        {
            Assert.Equal(value, decoded);
        }
    }

    [Fact]
    public void TryEncode_ADelegate_RefusedWithItsReason()
    {
        Action handler = () => { };

        Assert.False(SessionValueCodec.TryEncode(handler, out _, out _, out var problem));
        Assert.Contains("Action", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryEncode_ACycle_RefusedWithItsReason()
    {
        var node = new Node();
        node.Next = node;

        Assert.False(SessionValueCodec.TryEncode(node, out _, out _, out var problem));
        Assert.Contains("System.Text.Json cannot write a Node", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDecode_ATypeThisNodeLacks_RefusedNamingIt()
    {
        Assert.False(SessionValueCodec.TryDecode("Nowhere.Missing, Nowhere", "{}", out _, out var problem));
        Assert.Equal("this node has no type Nowhere.Missing, Nowhere", problem);
    }

    [Fact]
    public void TryDecode_JsonOfAnotherShape_RefusedWithItsReason()
    {
        Assert.False(SessionValueCodec.TryDecode("System.Int32, System.Private.CoreLib", "\"not a number\"", out _, out var problem));
        Assert.StartsWith("System.Text.Json cannot read a Int32", problem, StringComparison.Ordinal);
    }

    public sealed record Preferences(string Theme, int FontSize, IReadOnlyList<string> Recent);

    public sealed class Node
    {
        public Node? Next { get; set; }
    }
}
