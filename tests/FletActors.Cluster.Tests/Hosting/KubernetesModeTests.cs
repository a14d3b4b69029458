using System.Net.Http.Json;
using System.Text.Json;
using FletActors.Cluster.Hosting;
using FletActors.Cluster.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FletActors.Cluster.Tests.Hosting;

/// <summary>
/// Discovery = kubernetes outside Kubernetes: Akka.Management answers cluster bootstrap on the configured port while
/// the node, which finds no peers through the API, stays out of the cluster and not ready.
/// </summary>
public sealed class KubernetesModeTests : IAsyncLifetime
{
    private ClusterTestNode node = null!;
    private int managementPort;

    public async Task InitializeAsync()
    {
        managementPort = ClusterTestNode.FreeTcpPort();
        node = await ClusterTestNode.StartAsync(new ClusterNodeOptions
        {
            Discovery = ClusterDiscoveryMode.Kubernetes,
            NodePort = ClusterTestNode.FreeTcpPort(),
            ManagementPort = managementPort,
            ClusterSecret = "a-cluster-secret-of-at-least-32-characters",
        });
    }

    public async Task DisposeAsync() => await node.DisposeAsync();

    // Fails today, for a reason outside this project: Akka.Http.Shim 1.5.73 (under Akka.Management) is built against
    // Ceen.Httpd 0.9.9, which the feed no longer serves; the 0.9.10 restored instead (NU1603) lacks
    // HttpServer.ListenAsync(IPEndPoint, bool, ServerConfig, CancellationToken), so Akka.Management cannot bind and
    // ClusterBootstrap's autostart terminates the actor system. Unskip once a package set binds.
    [Fact(Skip = "Akka.Management 1.5.73 cannot bind with Ceen.Httpd 0.9.10 (MissingMethodException); see the comment")]
    public async Task Start_ManagementServesBootstrapOnItsPort_NodeNotReadyWithoutPeers()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        var seeds = await FirstAnswerAsync(() => http.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{managementPort}/bootstrap/seed-nodes"));

        Assert.Equal(node.Address, seeds.GetProperty("selfNode").GetString());
        Assert.Equal(HealthStatus.Unhealthy, (await node.ReadinessAsync()).Status);
    }

    // Akka.Management binds after the host has started; connections are refused until then.
    private static async Task<T> FirstAnswerAsync<T>(Func<Task<T>> request)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            try
            {
                return await request();
            }
            catch (HttpRequestException) when (!deadline.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
            }
        }
    }
}
