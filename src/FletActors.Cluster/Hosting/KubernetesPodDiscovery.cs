using Akka.Actor;
using Akka.Configuration;
using Akka.Discovery;
using k8s;

namespace FletActors.Cluster.Hosting;

/// <summary>
/// Akka.Discovery through the Kubernetes API: a lookup lists the pods of <see cref="KubernetesPodDiscoverySetup"/> with
/// KubernetesClient and answers <see cref="KubernetesPodTargets"/>. Used by cluster bootstrap with discovery =
/// kubernetes in place of Akka.Discovery.KubernetesApi 1.5.73, which was built against KubernetesClient 17.0.14: nuget.org
/// serves only 19.0.2 and later, whose <c>V1PodList</c> lacks the constructor its lookup calls, so every lookup fails
/// with MissingMethodException. The client configuration is KubernetesClient's default: KUBECONFIG or ~/.kube/config
/// when present, otherwise the pod's service account (in-cluster).
/// </summary>
public sealed class KubernetesPodDiscovery : ServiceDiscovery, IDisposable
{
    /// <summary>The discovery method's name in <c>akka.discovery</c>.</summary>
    public const string MethodName = "fletactors-kubernetes";

    private readonly Kubernetes client;
    private readonly string podNamespace;
    private readonly string labelSelector;

    /// <summary>Created by Akka.Discovery, with the <see cref="KubernetesPodDiscoverySetup"/> the actor system was given.</summary>
    public KubernetesPodDiscovery(ExtendedActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var setup = system.Settings.Setup.Get<KubernetesPodDiscoverySetup.Holder>();
        if (!setup.HasValue)
        {
            throw new ConfigurationException($"{nameof(KubernetesPodDiscovery)} needs a {nameof(KubernetesPodDiscoverySetup)} in the actor system's setup.");
        }

        var configuration = KubernetesClientConfiguration.BuildDefaultConfig();
        labelSelector = setup.Value.Value.LabelSelector;
        podNamespace = setup.Value.Value.Namespace is { Length: > 0 } name ? name : configuration.Namespace ?? "default";
        client = new Kubernetes(configuration);
        system.RegisterOnTermination(Dispose);
    }

    /// <inheritdoc />
    public override async Task<Resolved> Lookup(Lookup lookup, TimeSpan resolveTimeout)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        using var timeout = new CancellationTokenSource(resolveTimeout);
        var pods = await client.CoreV1.ListNamespacedPodAsync(podNamespace, labelSelector: labelSelector, cancellationToken: timeout.Token)
            .ConfigureAwait(false);
        return new Resolved(lookup.ServiceName, KubernetesPodTargets.From(pods.Items, lookup.PortName));
    }

    /// <inheritdoc />
    public void Dispose() => client.Dispose();
}
