namespace FletActors.Cluster.Sessions;

/// <summary>
/// What sharding sends every <see cref="SessionEntity"/> of a shard handed off as its node leaves: the session closes
/// (telling its client the server is going away) and the entity stops.
/// </summary>
public sealed record SessionEntityHandOff
{
    /// <summary>The only instance.</summary>
    public static SessionEntityHandOff Instance { get; } = new();
}
