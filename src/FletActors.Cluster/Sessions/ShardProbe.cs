namespace FletActors.Cluster.Sessions;

/// <summary>
/// Sent to an unused id of a shard to make sharding allocate that shard (to the asking region, under the
/// requester-first strategy); the entity it starts answers <see cref="SessionGone"/> and passivates.
/// </summary>
public sealed record ShardProbe
{
    /// <summary>The only instance.</summary>
    public static ShardProbe Instance { get; } = new();
}
