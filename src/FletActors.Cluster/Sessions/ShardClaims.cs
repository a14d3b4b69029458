using System.Security.Cryptography;
using Akka.Actor;
using Akka.Cluster.Sharding;
using FletActors.Cluster.Sharding;

namespace FletActors.Cluster.Sessions;

/// <summary>
/// Claims shards for the local region at start: a <see cref="ShardProbe"/> to an unused id of a shard nobody has
/// asked for yet makes the coordinator allocate that shard, and the requester-first strategy gives it to the asking
/// (local) region. Shards another node already holds stay there (nothing is ever rebalanced), so the claim tries
/// other shards until the region holds the number wanted.
/// </summary>
internal static class ShardClaims
{
    /// <summary>
    /// The shard ids the local <paramref name="region"/> hosts once it holds at least <paramref name="wanted"/> (or
    /// every shard was tried). Each probe and each region query waits at most <paramref name="askTimeout"/>.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ClaimAsync(IActorRef region, int shardCount, int wanted,
        TimeSpan askTimeout, CancellationToken cancellationToken)
    {
        var local = await LocalShardsAsync(region, askTimeout, cancellationToken).ConfigureAwait(false);
        var tried = new HashSet<string>(local, StringComparer.Ordinal);
        while (local.Count < wanted && tried.Count < shardCount)
        {
            var untried = Enumerable.Range(0, shardCount).Select(SessionIdFormat.ShardId).Where(s => !tried.Contains(s)).ToList();
            var probes = new List<Task>();
            for (var i = local.Count; i < wanted && untried.Count > 0; i++)
            {
                var pick = RandomNumberGenerator.GetInt32(untried.Count);
                var shard = untried[pick];
                untried.RemoveAt(pick);
                tried.Add(shard);
                probes.Add(ProbeAsync(region, shard, shardCount, askTimeout, cancellationToken));
            }

            await Task.WhenAll(probes).ConfigureAwait(false);
            local = await LocalShardsAsync(region, askTimeout, cancellationToken).ConfigureAwait(false);
        }

        return local;
    }

    /// <summary>The shard ids the local region hosts now.</summary>
    public static async Task<IReadOnlyList<string>> LocalShardsAsync(IActorRef region, TimeSpan askTimeout,
        CancellationToken cancellationToken)
    {
        var state = await region.Ask<CurrentShardRegionState>(GetShardRegionState.Instance, askTimeout, cancellationToken)
            .ConfigureAwait(false);
        return [.. state.Shards.Select(s => s.ShardId).Order(StringComparer.Ordinal)];
    }

    private static Task<SessionGone> ProbeAsync(IActorRef region, string shardId, int shardCount, TimeSpan askTimeout,
        CancellationToken cancellationToken)
    {
        SessionIdFormat.TryParseShardId(shardId, shardCount, out var shard);
        var unused = SessionIdFormat.Create(shard, RandomNumberGenerator.GetBytes(SessionIdFormat.RandomBytes));
        return region.Ask<SessionGone>(new SessionEnvelope(unused, ShardProbe.Instance), askTimeout, cancellationToken);
    }
}
