using System.Net;
using FletActors.Testing;

namespace FletActors.Cluster.Tests.MultiNode;

/// <summary>
/// The auth sample (samples/FletActors.AuthSample: cookie sign-in, a greeter for signed-in users only) as separate
/// node processes on loopback, joined as one cluster through the first node as seed, with the fast-failover timings,
/// sharing their cookie keys in a directory of their own (a cookie one node issued is read by all). Ready once each
/// host has started, which it does after its node joined and claimed its shards.
/// </summary>
public sealed class AuthSampleCluster : IDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);

    private readonly DirectoryInfo keys;

    private AuthSampleCluster(IReadOnlyList<SampleNode> nodes, DirectoryInfo keys)
    {
        Nodes = nodes;
        this.keys = keys;
    }

    /// <summary>The nodes in start order; the first is the seed.</summary>
    public IReadOnlyList<SampleNode> Nodes { get; }

    /// <summary>Starts <paramref name="count"/> nodes that sign in <paramref name="users"/> (name → password) and waits until each serves.</summary>
    public static async Task<AuthSampleCluster> StartAsync(int count, IReadOnlyDictionary<string, string> users)
    {
        var dll = Path.Combine(ExternalProcess.FindUp("FletActors.sln"), "samples", "FletActors.AuthSample", "bin", "Release", "net10.0", "FletActors.AuthSample.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build FletActors.sln in Release first.");
        }

        var remotingPorts = Enumerable.Range(0, count).Select(_ => SampleCluster.FreePort()).ToList();
        var seed = $"akka.tcp://fletactors@127.0.0.1:{remotingPorts[0]}";
        var nodes = new List<SampleNode>();
        var keys = Directory.CreateTempSubdirectory("fletactors-authsample-keys-");
        try
        {
            for (var i = 0; i < count; i++)
            {
                var grpcPort = SampleCluster.FreePort();
                var httpPort = SampleCluster.FreePort();
                string[] arguments =
                [
                    dll, $"--AuthSample:HttpPort={httpPort}", $"--AuthSample:GrpcPort={grpcPort}",
                    .. users.Select(u => $"--AuthSample:Users:{u.Key}={u.Value}"), $"--AuthSample:KeysDirectory={keys.FullName}",
                    "--FletActors:Cluster:Discovery=seeds", $"--FletActors:Cluster:SeedNodes={seed}",
                    $"--FletActors:Cluster:NodePort={remotingPorts[i]}", $"--FletActors:Cluster:ClusterSecret={SampleCluster.Secret}",
                    "--FletActors:Cluster:StableAfterSeconds=3", "--FletActors:Cluster:DownRemovalMarginSeconds=1",
                ];
                var process = NodeProcess.Start("dotnet", arguments, new Dictionary<string, string>(), Path.GetDirectoryName(dll)!);
                nodes.Add(new SampleNode(process, new IPEndPoint(IPAddress.Loopback, grpcPort), new IPEndPoint(IPAddress.Loopback, httpPort)));
            }

            // The host logs "Application started" once every hosted service has started, FletActors' shard claims too.
            await Task.WhenAll(nodes.Select(n => n.Process.WaitForLineAsync(
                l => l.Contains("Application started", StringComparison.Ordinal), StartDeadline))).ConfigureAwait(false);
            return new AuthSampleCluster(nodes, keys);
        }
        catch
        {
            nodes.ForEach(n => n.Process.Dispose());
            keys.Delete(recursive: true);
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var node in Nodes)
        {
            node.Process.Dispose();
        }

        keys.Delete(recursive: true);
    }
}
