using System.Net;
using Akka.Discovery;
using k8s.Models;

namespace FletActors.Cluster.Hosting;

/// <summary>The contact points among the pods a label selector listed: pure, so it is tested with no API server.</summary>
public static class KubernetesPodTargets
{
    /// <summary>
    /// One target per running pod that has an IP and is not being deleted: its pod IP and the port its containers name
    /// <paramref name="portName"/> (a pod without that port is left out), or no port when no name is asked for. A pod
    /// on its way out is no place to form or join a cluster.
    /// </summary>
    public static IReadOnlyList<ServiceDiscovery.ResolvedTarget> From(IEnumerable<V1Pod> pods, string? portName)
    {
        ArgumentNullException.ThrowIfNull(pods);
        var targets = new List<ServiceDiscovery.ResolvedTarget>();
        foreach (var pod in pods)
        {
            var ip = pod.Status?.PodIP;
            if (pod.Metadata?.DeletionTimestamp is not null || pod.Status?.Phase != "Running" || string.IsNullOrEmpty(ip))
            {
                continue;
            }

            var address = IPAddress.TryParse(ip, out var parsed) ? parsed : null;
            if (string.IsNullOrEmpty(portName))
            {
                targets.Add(new ServiceDiscovery.ResolvedTarget(ip, null, address));
                continue;
            }

            var port = (pod.Spec?.Containers ?? []).SelectMany(c => c.Ports ?? []).FirstOrDefault(p => p.Name == portName);
            if (port is not null)
            {
                targets.Add(new ServiceDiscovery.ResolvedTarget(ip, port.ContainerPort, address));
            }
        }

        return targets;
    }
}
