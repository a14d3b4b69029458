namespace FletActors.Cluster.Hosting;

/// <summary>What <see cref="ServingPolicy"/> says a node may do with its clients.</summary>
public enum ServingVerdict
{
    /// <summary>Serve: the node is a member on the majority side (or alone).</summary>
    Serve,

    /// <summary>Stop writing and end the streams: the node sees half or more of the cluster unreachable.</summary>
    Withhold,

    /// <summary>Never serve again: the node was downed or removed.</summary>
    Never,
}
