using Akka.Actor.Setup;

namespace FletActors.Cluster.Hosting;

/// <summary>What <see cref="KubernetesPodDiscovery"/> lists: the pods of a namespace that carry a label selector.</summary>
/// <param name="LabelSelector">The label selector (<see cref="ClusterNodeOptions.KubernetesPodLabelSelector"/>).</param>
/// <param name="Namespace">The namespace (<see cref="ClusterNodeOptions.KubernetesNamespace"/>); empty means the client configuration's.</param>
public sealed record KubernetesPodDiscoverySetup(string LabelSelector, string Namespace)
{
    /// <summary>The same, as the actor system setup the discovery reads.</summary>
    public Setup ToSetup() => new Holder(this);

    internal sealed class Holder(KubernetesPodDiscoverySetup value) : Setup
    {
        public KubernetesPodDiscoverySetup Value { get; } = value;
    }
}
