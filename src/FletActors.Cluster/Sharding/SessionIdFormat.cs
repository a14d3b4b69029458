using System.Buffers.Text;
using System.Globalization;

namespace FletActors.Cluster.Sharding;

/// <summary>
/// The shape of a session id: its shard as <see cref="ShardDigits"/> lowercase hex digits, a dot, and
/// <see cref="RandomBytes"/> random bytes in unpadded URL-safe base64, e.g. <c>002a.Zm9vYmFyYmF6cXV4cXV1eA</c>.
/// The shard travels inside the id, so any node can route it without a lookup and a new session can be born in a
/// shard its accepting node already hosts. Every check here is total: malformed input gives false, never an exception.
/// </summary>
public static class SessionIdFormat
{
    /// <summary>Width of the shard prefix; it bounds the shard count to <see cref="MaxShardCount"/>.</summary>
    public const int ShardDigits = 4;

    /// <summary>The most shards an id can name (16^<see cref="ShardDigits"/>).</summary>
    public const int MaxShardCount = 1 << (4 * ShardDigits);

    /// <summary>128 random bits: ids are unguessable as well as unique.</summary>
    public const int RandomBytes = 16;

    /// <summary>Characters in every well-formed id.</summary>
    public const int Length = ShardDigits + 1 + 22;

    private const char Separator = '.';

    /// <summary>The shard id sharding uses for shard number <paramref name="shard"/>: the id's prefix.</summary>
    public static string ShardId(int shard)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shard, MaxShardCount);
        return shard.ToString("x4", CultureInfo.InvariantCulture);
    }

    /// <summary>Builds the id of shard <paramref name="shard"/> with the given random bytes.</summary>
    public static string Create(int shard, ReadOnlySpan<byte> random)
    {
        if (random.Length != RandomBytes)
        {
            throw new ArgumentException($"A session id takes exactly {RandomBytes} random bytes (got {random.Length}).", nameof(random));
        }

        return string.Concat(ShardId(shard), Separator.ToString(), Base64Url.EncodeToString(random));
    }

    /// <summary>Reads a shard id (<see cref="ShardId"/>) below <paramref name="shardCount"/>; false for anything else.</summary>
    public static bool TryParseShardId(string? shardId, int shardCount, out int shard)
    {
        shard = -1;
        if (shardId is null || shardId.Length != ShardDigits)
        {
            return false;
        }

        foreach (var c in shardId)
        {
            // Lowercase only, so one shard has exactly one spelling.
            if (c is not (>= '0' and <= '9' or >= 'a' and <= 'f'))
            {
                return false;
            }
        }

        var value = int.Parse(shardId, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        if (value >= shardCount)
        {
            return false;
        }

        shard = value;
        return true;
    }

    /// <summary>
    /// True when <paramref name="sessionId"/> is a well-formed id of a shard below <paramref name="shardCount"/>; a
    /// malformed id, or one of a cluster with another shard count, gives false.
    /// </summary>
    public static bool TryReadShard(string? sessionId, int shardCount, out int shard)
    {
        shard = -1;
        if (sessionId is null || sessionId.Length != Length || sessionId[ShardDigits] != Separator)
        {
            return false;
        }

        Span<byte> random = stackalloc byte[RandomBytes + 2];
        var encoded = sessionId.AsSpan(ShardDigits + 1);
        // TryDecodeFromChars throws on characters outside the alphabet, so IsValid comes first; re-encoding then
        // rejects stray low bits in the last character, keeping one spelling per id.
        if (!Base64Url.IsValid(encoded, out var length) || length != RandomBytes
            || !Base64Url.TryDecodeFromChars(encoded, random, out var written) || written != RandomBytes)
        {
            return false;
        }

        Span<char> canonical = stackalloc char[encoded.Length];
        if (!Base64Url.TryEncodeToChars(random[..RandomBytes], canonical, out var chars) || !canonical[..chars].SequenceEqual(encoded))
        {
            return false;
        }

        return TryParseShardId(sessionId[..ShardDigits], shardCount, out shard);
    }
}
