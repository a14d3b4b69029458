using FletActors.Cluster.Sharding;

namespace FletActors.Cluster.Tests.Sharding;

public sealed class SessionIdFormatTests
{
    private static readonly byte[] Random16 = Enumerable.Range(1, 16).Select(i => (byte)(i * 13)).ToArray();

    [Fact]
    public void Create_ShardAndRandomBytes_GivesFixedWidthUrlSafeIdThatReadsBack()
    {
        var id = SessionIdFormat.Create(42, Random16);

        Assert.Equal(SessionIdFormat.Length, id.Length);
        Assert.StartsWith("002a.", id, StringComparison.Ordinal);
        Assert.All(id, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.', $"'{c}' is not URL-safe"));
        Assert.True(SessionIdFormat.TryReadShard(id, 100, out var shard));
        Assert.Equal(42, shard);
    }

    [Fact]
    public void ShardId_IsTheIdPrefix()
    {
        var id = SessionIdFormat.Create(7, Random16);

        Assert.Equal("0007", SessionIdFormat.ShardId(7));
        Assert.Equal(SessionIdFormat.ShardId(7), id[..SessionIdFormat.ShardDigits]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void TryReadShard_Garbage_IsFalseNeverThrows(string? text)
    {
        Assert.False(SessionIdFormat.TryReadShard(text, 100, out var shard));
        Assert.Equal(-1, shard);
    }

    [Fact]
    public void TryReadShard_AnyPartBroken_IsFalse()
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var id = SessionIdFormat.Create(42, Random16);
        var last = Alphabet.IndexOf(id[^1], StringComparison.Ordinal);
        string[] broken =
        [
            "002A" + id[4..],                          // upper-case shard digits: a second spelling of one shard
            "002a-" + id[5..],                         // wrong separator
            "zz2a" + id[4..],                          // shard not hex
            id[..^1] + "!",                            // not base64url
            id[..^1] + Alphabet[last + 1],             // stray low bits in the last character: not canonical
            id + "A",                                  // too long
            id[..^1],                                  // too short
        ];

        Assert.True(SessionIdFormat.TryReadShard(id, 100, out _));
        Assert.All(broken, b => Assert.False(SessionIdFormat.TryReadShard(b, 100, out _), b));
    }

    [Fact]
    public void TryReadShard_ShardBeyondThisClustersCount_IsForeign()
    {
        var id = SessionIdFormat.Create(150, Random16);

        Assert.True(SessionIdFormat.TryReadShard(id, 151, out _));
        Assert.False(SessionIdFormat.TryReadShard(id, 150, out _));
    }

    [Theory]
    [InlineData("0000", 1, 0)]
    [InlineData("00ff", 256, 255)]
    public void TryParseShardId_CanonicalLowercaseHex_Reads(string shardId, int count, int expected)
    {
        Assert.True(SessionIdFormat.TryParseShardId(shardId, count, out var shard));
        Assert.Equal(expected, shard);
    }

    [Theory]
    [InlineData("00FF")]
    [InlineData("ff")]
    [InlineData("+0ff")]
    [InlineData("0100")]
    [InlineData("00000")]
    public void TryParseShardId_OtherSpellingsOrOutOfRange_IsFalse(string shardId) =>
        Assert.False(SessionIdFormat.TryParseShardId(shardId, 256, out _));

    [Fact]
    public void Create_WrongNumberOfRandomBytes_Throws() =>
        Assert.Throws<ArgumentException>(() => SessionIdFormat.Create(0, new byte[15]));
}
