using System.Net;
using System.Net.Sockets;
using FletActors.Testing;

namespace FletActors.Cluster.Tests.MultiNode;

/// <summary>
/// Sample servers (samples/FletActors.Samples) as separate node processes on loopback, joined as one cluster through
/// the first node as seed (or by cluster bootstrap over their contact points), with the fast-failover timings. Started
/// in parallel; ready once each printed its "serving apps" line, which the server prints after its node joined and
/// claimed its shards.
/// </summary>
public sealed class SampleCluster : IDisposable
{
    /// <summary>The secret every node of the test cluster shares.</summary>
    public const string Secret = "multi-node-test-secret-of-32-characters+";

    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);

    private SampleCluster(IReadOnlyList<SampleNode> nodes) => Nodes = nodes;

    /// <summary>The nodes in start order; the first is the seed.</summary>
    public IReadOnlyList<SampleNode> Nodes { get; }

    /// <summary>Starts <paramref name="count"/> nodes that join the first as their seed, and waits until each serves.</summary>
    public static Task<SampleCluster> StartAsync(int count)
    {
        var (remotingPorts, managementPorts) = (FreePorts(count), FreePorts(count));
        return StartAsync(remotingPorts, managementPorts, _ =>
            ["--FletActors:Cluster:Discovery=seeds", $"--FletActors:Cluster:SeedNodes=akka.tcp://fletactors@127.0.0.1:{remotingPorts[0]}"], new Dictionary<string, string>());
    }

    /// <summary>
    /// Starts <paramref name="count"/> nodes with no seed: cluster bootstrap finds them through the list of every node's
    /// contact point (discovery = contactpoints) and waits for all of them before one forms the cluster; then waits
    /// until each serves.
    /// </summary>
    public static Task<SampleCluster> StartBootstrappedAsync(int count)
    {
        var (remotingPorts, managementPorts) = (FreePorts(count), FreePorts(count));
        return StartAsync(remotingPorts, managementPorts, i =>
        [
            "--FletActors:Cluster:Discovery=contactpoints",
            $"--FletActors:Cluster:ContactPoints={string.Join(',', managementPorts.Select(p => $"127.0.0.1:{p}"))}",
            $"--FletActors:Cluster:ManagementPort={managementPorts[i]}",
            $"--FletActors:Cluster:RequiredContactPoints={count}",
        ], new Dictionary<string, string>());
    }

    /// <summary>
    /// Starts <paramref name="count"/> nodes with no seed and discovery = kubernetes: cluster bootstrap lists their pods
    /// through <paramref name="startApi"/>'s API server (given every node's remoting and management port), which the
    /// nodes reach through the kubeconfig it returns; then waits until each serves.
    /// </summary>
    public static async Task<SampleCluster> StartThroughKubernetesApiAsync(int count, string podNamespace, string labelSelector,
        Func<IReadOnlyList<int>, IReadOnlyList<int>, Task<string>> startApi)
    {
        ArgumentNullException.ThrowIfNull(startApi);
        var (remotingPorts, managementPorts) = (FreePorts(count), FreePorts(count));
        var kubeconfig = await startApi(remotingPorts, managementPorts).ConfigureAwait(false);
        return await StartAsync(remotingPorts, managementPorts, i =>
        [
            "--FletActors:Cluster:Discovery=kubernetes",
            $"--FletActors:Cluster:KubernetesNamespace={podNamespace}",
            $"--FletActors:Cluster:KubernetesPodLabelSelector={labelSelector}",
            $"--FletActors:Cluster:ManagementPort={managementPorts[i]}",
            $"--FletActors:Cluster:RequiredContactPoints={count}",
        ], new Dictionary<string, string> { ["KUBECONFIG"] = kubeconfig }).ConfigureAwait(false);
    }

    private static async Task<SampleCluster> StartAsync(List<int> remotingPorts, List<int> managementPorts,
        Func<int, IEnumerable<string>> discoveryArguments, IReadOnlyDictionary<string, string> environment)
    {
        var count = remotingPorts.Count;
        var dll = Path.Combine(ExternalProcess.FindUp("FletActors.sln"), "samples", "FletActors.Samples", "bin", "Release", "net10.0", "FletActors.Samples.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build FletActors.sln in Release first.");
        }

        var nodes = new List<SampleNode>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var grpcPort = FreePort();
                var httpPort = FreePort();
                string[] arguments =
                [
                    dll, "--FletActors:BindAddress=127.0.0.1", $"--FletActors:HttpPort={httpPort}", $"--FletActors:GrpcPort={grpcPort}",
                    .. discoveryArguments(i),
                    $"--FletActors:Cluster:NodePort={remotingPorts[i]}", $"--FletActors:Cluster:ClusterSecret={Secret}",
                    "--FletActors:Cluster:StableAfterSeconds=3", "--FletActors:Cluster:DownRemovalMarginSeconds=1",
                    // Session lifecycle logs at Debug: SampleNode counts the "started app" lines.
                    "--Logging:LogLevel:FletActors.Sessions=Debug",
                ];
                var process = NodeProcess.Start("dotnet", arguments, environment, Path.GetDirectoryName(dll)!);
                nodes.Add(new SampleNode(process, new IPEndPoint(IPAddress.Loopback, grpcPort), new IPEndPoint(IPAddress.Loopback, httpPort),
                    new IPEndPoint(IPAddress.Loopback, managementPorts[i])));
            }

            await Task.WhenAll(nodes.Select(n => n.Process.WaitForLineAsync(
                l => l.Contains("FletActors serving apps", StringComparison.Ordinal), StartDeadline))).ConfigureAwait(false);
            return new SampleCluster(nodes);
        }
        catch
        {
            nodes.ForEach(n => n.Process.Dispose());
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var node in Nodes)
        {
            node.Process.Dispose();
        }
    }

    private static List<int> FreePorts(int count) => [.. Enumerable.Range(0, count).Select(_ => FreePort())];

    internal static int FreePort() => LoopbackPorts.Free();
}
