using FletActors.Cluster.Tests.MultiNode;
using Microsoft.Playwright;

namespace FletActors.Web.Tests.Support;

/// <summary>
/// Three sample-server nodes as one cluster (separate processes on loopback, <see cref="SampleCluster"/>), a
/// <see cref="RoundRobinHttpProxy"/> in front of their HTTP ports, and one headless Chromium, shared by the tests of
/// one class.
/// </summary>
public sealed class ClusterWebFixture : IAsyncLifetime
{
    /// <summary>How many nodes the cluster has.</summary>
    public const int NodeCount = 3;

    private SampleCluster? cluster;
    private RoundRobinHttpProxy? proxy;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The node processes, in the order the proxy numbers its backends.</summary>
    public SampleCluster Cluster => cluster ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The balancer every tab goes through.</summary>
    public RoundRobinHttpProxy Proxy => proxy ?? throw new InvalidOperationException("The fixture has not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        cluster = await SampleCluster.StartAsync(NodeCount);
        proxy = await RoundRobinHttpProxy.StartAsync([.. cluster.Nodes.Select(n => n.HttpUrl)]);
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    /// <summary>Opens <paramref name="path"/> through the proxy in a new tab of a fresh browser context.</summary>
    public Task<AppTab> OpenAsync(string path) =>
        Chromium.OpenAsync(browser ?? throw new InvalidOperationException("The fixture has not started."), new Uri(Proxy.Url, path), new LogRecorder());

    /// <summary>The last lines each node printed, for failure messages.</summary>
    public string DescribeNodes(int linesPerNode = 15) =>
        string.Join("\n", Cluster.Nodes.Select((node, i) =>
            $"node {i} (pid {node.Process.Id}{(node.Process.HasExited ? ", exited" : "")}):\n    " +
            string.Join("\n    ", node.Process.Lines.TakeLast(linesPerNode))));

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (proxy is not null)
        {
            await proxy.DisposeAsync();
        }

        cluster?.Dispose();
    }
}
