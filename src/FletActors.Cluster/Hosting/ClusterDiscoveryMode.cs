namespace FletActors.Cluster.Hosting;

/// <summary>How a node finds the rest of its cluster (<c>FletActors:Cluster:Discovery</c>).</summary>
public enum ClusterDiscoveryMode
{
    /// <summary>The embedded default: a one-node cluster that joins itself, on the same code path as many nodes.</summary>
    None,

    /// <summary>Join the fixed <see cref="ClusterNodeOptions.SeedNodes"/>.</summary>
    Seeds,

    /// <summary>Akka.Management cluster bootstrap: peers are the pods the Kubernetes API lists for a label selector.</summary>
    Kubernetes,

    /// <summary>
    /// Akka.Management cluster bootstrap over a fixed list of <see cref="ClusterNodeOptions.ContactPoints"/> (Akka.Discovery's
    /// config method): no node is a designated seed, and the lowest contact point starts the cluster when none exists.
    /// </summary>
    ContactPoints,
}
