using System.Collections.Immutable;
using Akka.Actor;
using Akka.Cluster.Sharding;

namespace FletActors.Cluster.Placement;

/// <summary>
/// Gives a new shard to the region that asked for it, so a session is born on the node its client connected to, and
/// never moves a shard once given.
/// </summary>
/// <remarks>
/// <para>Allocation: the requester when it is one of the current regions (a proxy hosts nothing, so it does not
/// count); otherwise the region with the fewest shards (the requester itself while no region is registered), ties broken by actor path so the choice is repeatable. The
/// requester has just spoken to the coordinator, so unlike least-shards it is never a node that already died: docs/architecture.md
/// (Cluster) records the default strategy sending 3 of 9 new shards to an unreachable node, whose requests were lost.</para>
/// <para>Rebalance: always nothing. A live session holds closures of the app (handlers, tasks, continuations) that
/// cannot be serialized, so moving its shard would stop it and restart it empty elsewhere — a lost session, not a
/// balanced one. Balance comes instead from where clients connect (the load balancer) and from
/// <see cref="Sharding.SessionIdFactory"/> placing new sessions in local shards.</para>
/// </remarks>
public sealed class RequesterFirstAllocationStrategy : IShardAllocationStrategy
{
    private static readonly Task<IImmutableSet<string>> NothingToRebalance =
        Task.FromResult<IImmutableSet<string>>(ImmutableHashSet<string>.Empty);

    /// <inheritdoc />
    public Task<IActorRef> AllocateShard(
        IActorRef requester,
        string shardId,
        IImmutableDictionary<IActorRef, IImmutableList<string>> currentShardAllocations)
    {
        ArgumentNullException.ThrowIfNull(currentShardAllocations);
        if (currentShardAllocations.ContainsKey(requester) || currentShardAllocations.Count == 0)
        {
            return Task.FromResult(requester);
        }

        var fewest = currentShardAllocations
            .OrderBy(region => region.Value.Count)
            .ThenBy(region => region.Key.Path.ToString(), StringComparer.Ordinal)
            .First().Key;
        return Task.FromResult(fewest);
    }

    /// <inheritdoc />
    public Task<IImmutableSet<string>> Rebalance(
        IImmutableDictionary<IActorRef, IImmutableList<string>> currentShardAllocations,
        IImmutableSet<string> rebalanceInProgress) => NothingToRebalance;
}
