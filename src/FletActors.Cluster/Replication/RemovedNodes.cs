using Akka.Actor;

namespace FletActors.Cluster.Replication;

/// <summary>
/// When each node that owned session records left the membership, so that its records are deleted once a client
/// could no longer resume them: <paramref name="sessionTimeout"/> after its removal. A node that missed the removal
/// (it joined later) counts from when it first sees records of a non-member. Pure; the keeper's sweep asks it.
/// </summary>
internal sealed class RemovedNodes(TimeSpan sessionTimeout)
{
    // Entries older than this are pruned, so the table stays as small as the recent removals.
    private readonly TimeSpan forgetAfter = sessionTimeout * 10;
    private readonly Dictionary<Address, DateTimeOffset> removedAt = [];

    /// <summary>How many removed nodes are remembered.</summary>
    public int Count => removedAt.Count;

    /// <summary>The cluster removed <paramref name="node"/> at <paramref name="now"/>.</summary>
    public void Removed(Address node, DateTimeOffset now) => removedAt.TryAdd(node, now);

    /// <summary>
    /// Whether records owned by <paramref name="owner"/> are to be deleted at <paramref name="now"/>: it is no member
    /// (<paramref name="isMember"/> false) and was removed at least the session timeout ago.
    /// </summary>
    public bool AreRecordsExpired(Address owner, bool isMember, DateTimeOffset now)
    {
        if (isMember)
        {
            return false;
        }

        if (!removedAt.TryGetValue(owner, out var at))
        {
            removedAt[owner] = now;
            return false;
        }

        return now - at >= sessionTimeout;
    }

    /// <summary>Forgets removals long past, whose records are gone.</summary>
    public void Prune(DateTimeOffset now)
    {
        foreach (var (node, at) in removedAt.ToList())
        {
            if (now - at >= forgetAfter)
            {
                removedAt.Remove(node);
            }
        }
    }
}
