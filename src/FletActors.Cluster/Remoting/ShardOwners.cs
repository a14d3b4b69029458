using System.Collections.Concurrent;
using Akka.Actor;
using Akka.Cluster;

namespace FletActors.Cluster.Remoting;

/// <summary>
/// This node's view of which node holds each session shard and whether that node is lost: unreachable, downed,
/// removed, or cut off from this node's remoting since it was last seen (a killed process drops its connections at
/// once, seconds before the failure detector calls it unreachable). Written by <see cref="ShardDirectory"/>, read by
/// edges on every forwarded call.
/// </summary>
internal sealed class ShardOwners(Akka.Cluster.Cluster cluster)
{
    private readonly ConcurrentDictionary<string, Address> owners = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Address, bool> cutOff = new();

    /// <summary>Records that <paramref name="owner"/> holds <paramref name="shardId"/>.</summary>
    public void Record(string shardId, Address owner) => owners[shardId] = owner;

    /// <summary>This node lost its remoting connection to <paramref name="address"/>, or regained it.</summary>
    public void SetCutOff(Address address, bool isCutOff)
    {
        if (isCutOff)
        {
            cutOff[address] = true;
        }
        else
        {
            cutOff.TryRemove(address, out _);
        }
    }

    /// <summary>
    /// True when the node holding <paramref name="shardId"/> is known and lost, so its sessions are gone; false when
    /// it lives or the shard's holder is not known yet (sharding then routes as usual).
    /// </summary>
    public bool IsOwnerLost(string shardId)
    {
        return owners.TryGetValue(shardId, out var owner) && owner != cluster.SelfAddress && IsNodeLost(owner, uid: null);
    }

    /// <summary>
    /// True when the node at <paramref name="node"/> (the incarnation <paramref name="uid"/>, when given) is no
    /// member any more, or is downed, exiting, unreachable, or cut off from this node's remoting.
    /// </summary>
    public bool IsNodeLost(Address node, long? uid)
    {
        var state = cluster.State;
        var member = state.Members.FirstOrDefault(m => m.Address == node);
        return member is null
            || (uid is { } incarnation && member.UniqueAddress.Uid != incarnation)
            || member.Status is MemberStatus.Down or MemberStatus.Exiting or MemberStatus.Removed
            || state.Unreachable.Any(m => m.Address == node)
            || cutOff.ContainsKey(node);
    }
}
