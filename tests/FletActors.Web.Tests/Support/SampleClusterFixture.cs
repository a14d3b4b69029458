using FletActors.Cluster.Tests.MultiNode;
using Microsoft.Playwright;

namespace FletActors.Web.Tests.Support;

/// <summary>
/// Two sample servers as separate node processes of one cluster (<see cref="SampleCluster"/>) and one headless
/// Chromium, shared by the tests of one class. A tab opens on the node it names, so its session lives there.
/// </summary>
public sealed class SampleClusterFixture : IAsyncLifetime
{
    private const int NodeCount = 2;
    private const int LogLinesPerNode = 15;

    private SampleCluster? cluster;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The running nodes, the seed first.</summary>
    public IReadOnlyList<SampleNode> Nodes => (cluster ?? throw new InvalidOperationException("The fixture has not started.")).Nodes;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        cluster = await SampleCluster.StartAsync(NodeCount);
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    /// <summary>Opens <paramref name="path"/> of node <paramref name="node"/> in a new tab of a fresh browser context.</summary>
    public Task<AppTab> OpenAsync(int node, string path) =>
        Chromium.OpenAsync(browser ?? throw new InvalidOperationException("The fixture has not started."), new Uri(Nodes[node].HttpUrl, path), NodeLogs);

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        cluster?.Dispose();
    }

    private IEnumerable<string> NodeLogs() =>
        Nodes.SelectMany((node, i) => node.Process.Lines.TakeLast(LogLinesPerNode).Select(line => $"node {i}: {line}"));
}
