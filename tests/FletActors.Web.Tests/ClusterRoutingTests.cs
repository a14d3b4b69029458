using FletActors.Web.Tests.Support;
using Xunit.Abstractions;

namespace FletActors.Web.Tests;

/// <summary>
/// A browser session on a three-node cluster behind a per-request balancer: its Open stream stays on one node while
/// its Send calls land on the others, which forward them to the session's node.
/// </summary>
public class ClusterRoutingTests(ClusterWebFixture fixture, ITestOutputHelper output) : IClassFixture<ClusterWebFixture>
{
    private const int Clicks = 12;
    private const int ClicksAfterTyping = 6;
    private const string Typed = "100";

    [Fact]
    public async Task Counter_SendsThroughOtherNodesThanItsStream_EveryClickHandledOnceInOrder()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/counter");
        var counter = new CounterPage(tab);
        await counter.ExpectValueAsync("0", Deadlines.PageReadyMs);
        var requestsBefore = fixture.Proxy.Requests.Count;

        // Act: a burst of clicks, then a typed number and another burst; the clicks must come after the typing to
        // give the typed number plus the later clicks
        for (var i = 0; i < Clicks; i++)
        {
            await counter.Increment.ClickAsync();
        }

        await counter.ExpectValueAsync($"{Clicks}", Deadlines.RoundTripMs);
        await counter.Value.FillAsync(Typed);
        for (var i = 0; i < ClicksAfterTyping; i++)
        {
            await counter.Increment.ClickAsync();
        }

        // Assert
        await counter.ExpectValueAsync($"{int.Parse(Typed, System.Globalization.CultureInfo.InvariantCulture) + ClicksAfterTyping}", Deadlines.RoundTripMs);
        var requests = fixture.Proxy.Requests;
        var opens = requests.Where(r => r.Path.EndsWith("/Open", StringComparison.Ordinal)).ToList();
        var sends = requests.Skip(requestsBefore).Where(r => r.Path.EndsWith("/Send", StringComparison.Ordinal)).ToList();
        var sendsByNode = sends.GroupBy(r => r.Backend).ToDictionary(g => g.Key, g => g.Count());
        var startedByNode = fixture.Cluster.Nodes.Select(n => n.SessionsStarted("counter")).ToList();
        var routing = $"Open on node(s) [{string.Join(", ", opens.Select(o => o.Backend))}]; Sends per node " +
            $"[{string.Join(", ", Enumerable.Range(0, ClusterWebFixture.NodeCount).Select(n => sendsByNode.GetValueOrDefault(n)))}]; " +
            $"counter sessions started per node [{string.Join(", ", startedByNode)}]";
        output.WriteLine(routing);
        await tab.AssertAsync(opens.Count == 1, "one Open stream, never reconnected", routing + "\n" + fixture.DescribeNodes());
        var streamNode = opens[0].Backend;
        await tab.AssertAsync(sendsByNode.Count == ClusterWebFixture.NodeCount && sends.Any(s => s.Backend != streamNode),
            "the Sends went through every node, also those without the stream", routing);
        await tab.AssertAsync(startedByNode.Sum() == 1 && startedByNode[streamNode] == 1,
            "the one session lives on the stream's node, so Sends through the others were forwarded to it", routing + "\n" + fixture.DescribeNodes());
    }
}
