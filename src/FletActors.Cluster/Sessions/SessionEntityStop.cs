namespace FletActors.Cluster.Sessions;

/// <summary>The message a passivating <see cref="SessionEntity"/> asks its shard to send back, to stop.</summary>
public sealed record SessionEntityStop
{
    /// <summary>The only instance.</summary>
    public static SessionEntityStop Instance { get; } = new();
}
