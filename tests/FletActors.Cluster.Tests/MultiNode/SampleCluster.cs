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
    public static Task<SampleCluster> StartAsync(int count) => StartAsync(count, (remotingPorts, _, _) =>
        ["--FletActors:Cluster:Discovery=seeds", $"--FletActors:Cluster:SeedNodes=akka.tcp://fletactors@127.0.0.1:{remotingPorts[0]}"]);

    /// <summary>
    /// Starts <paramref name="count"/> nodes with no seed: cluster bootstrap finds them through the list of every node's
    /// contact point (discovery = contactpoints) and waits for all of them before one forms the cluster; then waits
    /// until each serves.
    /// </summary>
    public static Task<SampleCluster> StartBootstrappedAsync(int count) => StartAsync(count, (_, managementPorts, i) =>
    [
        "--FletActors:Cluster:Discovery=contactpoints",
        $"--FletActors:Cluster:ContactPoints={string.Join(',', managementPorts.Select(p => $"127.0.0.1:{p}"))}",
        $"--FletActors:Cluster:ManagementPort={managementPorts[i]}",
        $"--FletActors:Cluster:RequiredContactPoints={count}",
    ]);

    private static async Task<SampleCluster> StartAsync(int count,
        Func<IReadOnlyList<int>, IReadOnlyList<int>, int, IEnumerable<string>> discoveryArguments)
    {
        var dll = Path.Combine(ExternalProcess.FindUp("FletActors.sln"), "samples", "FletActors.Samples", "bin", "Release", "net10.0", "FletActors.Samples.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build FletActors.sln in Release first.");
        }

        var remotingPorts = Enumerable.Range(0, count).Select(_ => FreePort()).ToList();
        var managementPorts = Enumerable.Range(0, count).Select(_ => FreePort()).ToList();
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
                    .. discoveryArguments(remotingPorts, managementPorts, i),
                    $"--FletActors:Cluster:NodePort={remotingPorts[i]}", $"--FletActors:Cluster:ClusterSecret={Secret}",
                    "--FletActors:Cluster:StableAfterSeconds=3", "--FletActors:Cluster:DownRemovalMarginSeconds=1",
                    // Session lifecycle logs at Debug: SampleNode counts the "started app" lines.
                    "--Logging:LogLevel:FletActors.Sessions=Debug",
                ];
                var process = NodeProcess.Start("dotnet", arguments, new Dictionary<string, string>(), Path.GetDirectoryName(dll)!);
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
