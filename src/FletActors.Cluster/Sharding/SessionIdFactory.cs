using System.Security.Cryptography;

namespace FletActors.Cluster.Sharding;

/// <summary>
/// Makes the id of a new session so that the session is born on the node that accepted its client (docs/architecture.md, Cluster):
/// in a shard that node's region already hosts when there is one, otherwise in a shard no region hosts yet, which
/// the <see cref="Placement.RequesterFirstAllocationStrategy"/> then gives to the asking (local) region. Only when
/// every shard is hosted elsewhere is the session born remotely, and sharding forwards to it.
/// </summary>
/// <remarks>Pure apart from randomness: the shard is chosen uniformly within the chosen group, the 128 id bits come
/// from <see cref="RandomNumberGenerator"/>.</remarks>
public sealed class SessionIdFactory
{
    /// <summary>Creates a factory for a cluster with <paramref name="shardCount"/> shards.</summary>
    public SessionIdFactory(int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(shardCount, SessionIdFormat.MaxShardCount);
        ShardCount = shardCount;
    }

    /// <summary>The fixed number of shards.</summary>
    public int ShardCount { get; }

    /// <summary>
    /// A new session id, placed by <see cref="PickShard"/>; shard ids that are not this cluster's are ignored.
    /// </summary>
    /// <param name="localShards">Shard ids the local region hosts (its <c>CurrentShardRegionState</c>).</param>
    /// <param name="shardsElsewhere">Shard ids known to be hosted by other regions; may be incomplete.</param>
    public string NewId(IEnumerable<string> localShards, IEnumerable<string> shardsElsewhere)
    {
        Span<byte> random = stackalloc byte[SessionIdFormat.RandomBytes];
        RandomNumberGenerator.Fill(random);
        return SessionIdFormat.Create(PickShard(localShards, shardsElsewhere), random);
    }

    /// <summary>
    /// The shard a new session goes to: a uniformly chosen local shard; else a shard hosted nowhere that we know of;
    /// else any shard.
    /// </summary>
    public int PickShard(IEnumerable<string> localShards, IEnumerable<string> shardsElsewhere)
    {
        ArgumentNullException.ThrowIfNull(localShards);
        ArgumentNullException.ThrowIfNull(shardsElsewhere);
        var local = Parse(localShards);
        if (local.Count > 0)
        {
            return local[RandomNumberGenerator.GetInt32(local.Count)];
        }

        var taken = new HashSet<int>(Parse(shardsElsewhere));
        var free = taken.Count == 0 ? null : Enumerable.Range(0, ShardCount).Where(s => !taken.Contains(s)).ToList();
        return free switch
        {
            null => RandomNumberGenerator.GetInt32(ShardCount),
            { Count: > 0 } => free[RandomNumberGenerator.GetInt32(free.Count)],
            _ => RandomNumberGenerator.GetInt32(ShardCount),
        };
    }

    private List<int> Parse(IEnumerable<string> shardIds)
    {
        var shards = new List<int>();
        foreach (var shardId in shardIds.Distinct(StringComparer.Ordinal))
        {
            if (SessionIdFormat.TryParseShardId(shardId, ShardCount, out var shard))
            {
                shards.Add(shard);
            }
        }

        return shards;
    }
}
