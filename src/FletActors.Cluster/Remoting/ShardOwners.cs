using System.Collections.Concurrent;
using Akka.Actor;
using Akka.Cluster;

namespace FletActors.Cluster.Remoting;

/// <summary>
/// This node's view of which node holds each session shard and whether that node is lost: unreachable, downed,
/// removed, or cut off from this node's remoting since it was last seen (a killed process drops its connections at
/// once, seconds before the failure detector calls it unreachable). Written by <see cref="ShardDirectory"/>, read by
/// edges on every forwarded call; a call already on its way to a node learns through <see cref="WhenOwnerLost"/>
/// that the node was lost meanwhile, so it need not wait for its timeout.
/// </summary>
internal sealed class ShardOwners(Akka.Cluster.Cluster cluster)
{
    private readonly ConcurrentDictionary<string, Address> owners = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Address, bool> cutOff = new();
    private readonly ConcurrentDictionary<Address, bool> unreachable = new();
    private readonly ConcurrentDictionary<Address, TaskCompletionSource> losses = new();

    /// <summary>Records that <paramref name="owner"/> holds <paramref name="shardId"/>.</summary>
    public void Record(string shardId, Address owner) => owners[shardId] = owner;

    /// <summary>This node lost its remoting connection to <paramref name="address"/>, or regained it.</summary>
    public void SetCutOff(Address address, bool isCutOff) => Mark(cutOff, address, isCutOff);

    /// <summary>
    /// The cluster's failure detector found <paramref name="address"/> unreachable, or reachable again. Kept here as
    /// the event arrives rather than read from <see cref="Akka.Cluster.Cluster.State"/>, which may lag it.
    /// </summary>
    public void SetUnreachable(Address address, bool isUnreachable) => Mark(unreachable, address, isUnreachable);

    /// <summary>The node at <paramref name="address"/> was removed from the cluster: calls waiting on it end.</summary>
    public void SetRemoved(Address address) => SignalLost(address);

    /// <summary>
    /// True when the node holding <paramref name="shardId"/> is known and lost, so its sessions are gone; false when
    /// it lives or the shard's holder is not known yet (sharding then routes as usual).
    /// </summary>
    public bool IsOwnerLost(string shardId) => WhenOwnerLost(shardId) is { IsCompleted: true };

    /// <summary>
    /// A task that completes once the node holding <paramref name="shardId"/> is lost, already completed when it is;
    /// null when the holder is this node or not known yet (then only the call's own timeout ends a wait).
    /// </summary>
    public Task? WhenOwnerLost(string shardId)
    {
        if (!owners.TryGetValue(shardId, out var owner) || owner == cluster.SelfAddress)
        {
            return null;
        }

        // The signal is taken before the node's state is read: a loss marked after that read completes it.
        var signal = losses.GetOrAdd(owner, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        return IsNodeLost(owner, uid: null) ? Task.CompletedTask : signal;
    }

    /// <summary>
    /// True when the node at <paramref name="node"/> (the incarnation <paramref name="uid"/>, when given) is no
    /// member any more, or is downed, exiting, unreachable, or cut off from this node's remoting.
    /// </summary>
    public bool IsNodeLost(Address node, long? uid)
    {
        if (cutOff.ContainsKey(node) || unreachable.ContainsKey(node))
        {
            return true;
        }

        var state = cluster.State;
        var member = state.Members.FirstOrDefault(m => m.Address == node);
        return member is null
            || (uid is { } incarnation && member.UniqueAddress.Uid != incarnation)
            || member.Status is MemberStatus.Down or MemberStatus.Exiting or MemberStatus.Removed
            || state.Unreachable.Any(m => m.Address == node);
    }

    private void Mark(ConcurrentDictionary<Address, bool> marks, Address address, bool isLost)
    {
        if (isLost)
        {
            // Marked before the signal, so that a caller who took the signal too late to see it complete sees the mark.
            marks[address] = true;
            SignalLost(address);
        }
        else
        {
            marks.TryRemove(address, out _);
        }
    }

    private void SignalLost(Address address)
    {
        if (losses.TryRemove(address, out var signal))
        {
            signal.TrySetResult();
        }
    }
}
