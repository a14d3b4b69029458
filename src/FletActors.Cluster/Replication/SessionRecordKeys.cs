using Akka.DistributedData;
using FletActors.Cluster.Sharding;

namespace FletActors.Cluster.Replication;

/// <summary>
/// The DistributedData keys session records are spread over: a session's record lives under the key of its shard
/// (shard modulo the key count), so each key holds a slice of the cluster's sessions and is gossiped on its own.
/// </summary>
internal sealed class SessionRecordKeys
{
    /// <summary>The prefix of every key's id; the key's number follows.</summary>
    public const string Prefix = "fletactors-session-records-";

    private readonly LWWDictionaryKey<string, byte[]>[] keys;
    private readonly int shardCount;

    public SessionRecordKeys(int keyCount, int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keyCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        keys = [.. Enumerable.Range(0, keyCount).Select(n => new LWWDictionaryKey<string, byte[]>(Prefix + n))];
        this.shardCount = shardCount;
    }

    /// <summary>Every key, for a sweep over all records.</summary>
    public IReadOnlyList<LWWDictionaryKey<string, byte[]>> All => keys;

    /// <summary>The key that holds the record of <paramref name="sessionId"/>; null for an id of no shard.</summary>
    public LWWDictionaryKey<string, byte[]>? For(string sessionId) =>
        SessionIdFormat.TryReadShard(sessionId, shardCount, out var shard) ? keys[shard % keys.Length] : null;
}
