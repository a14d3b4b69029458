using System.Diagnostics;
using System.Globalization;
using FletActors.Testing;
using FletActors.Web.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FletActors.Web.Tests;

/// <summary>
/// The node holding a browser's session dies (kill -9): the page says it is reconnecting, then shows the app again,
/// working, on a new session of another node, without a reload.
/// </summary>
public class ClusterFailoverTests(ClusterWebFixture fixture, ITestOutputHelper output) : IClassFixture<ClusterWebFixture>
{
    /// <summary>Installs a recorder of every state the connection indicator enters, from now on.</summary>
    private const string RecordStatuses = """
        () => {
          const el = document.getElementById("fa-status");
          window.__faStatuses = [];
          new MutationObserver(() => window.__faStatuses.push(el.dataset.status + ":" + (el.hidden ? "hidden" : el.textContent)))
            .observe(el, { attributes: true, childList: true, characterData: true, subtree: true });
        }
        """;

    private const string SessionChanged = """
        before => {
          const raw = sessionStorage.getItem("fletactors.session:counter");
          return raw !== null && JSON.parse(raw).sessionId !== before;
        }
        """;

    [Fact]
    public async Task Counter_NodeOfItsStreamKilled_ShowsReconnectingThenWorksAgainWithoutReload()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/counter");
        var counter = new CounterPage(tab);
        await counter.ExpectValueAsync("0", Deadlines.PageReadyMs);
        await counter.Increment.ClickAsync();
        await counter.Increment.ClickAsync();
        await counter.ExpectValueAsync("2", Deadlines.RoundTripMs);
        var sessionBefore = await tab.StoredSessionIdAsync("counter");
        var streamNode = fixture.Proxy.Requests.Last(r => r.Path.EndsWith("/Open", StringComparison.Ordinal)).Backend;
        await tab.Page.EvaluateAsync(RecordStatuses);
        var navigations = 0;
        tab.Page.FrameNavigated += (_, frame) => navigations += frame == tab.Page.MainFrame ? 1 : 0;

        // Act
        fixture.Cluster.Nodes[streamNode].Process.Signal(NodeSignal.Kill);
        var sinceKill = Stopwatch.StartNew();

        // Assert: a new session on screen, working; the old one's page never came back from a reload
        await tab.ExpectAsync("a new session after the node died", () =>
            tab.Page.WaitForFunctionAsync(SessionChanged, sessionBefore, new() { Timeout = Deadlines.FailoverMs }));
        await tab.ExpectAsync("the indicator gone once the client reconnected", () =>
            Expect(tab.Status).ToBeHiddenAsync(new() { Timeout = Deadlines.ReconnectMs }));
        var newSessionAfter = sinceKill.Elapsed;
        var statuses = await tab.Page.EvaluateAsync<string[]>("() => window.__faStatuses");
        await tab.AssertAsync(statuses.Any(s => s == "reconnecting:Reconnecting…"),
            "'Reconnecting…' shown while the session's node was gone", $"indicator states: [{string.Join(", ", statuses)}]\n{fixture.DescribeNodes()}");
        await tab.ExpectAsync("the counter on screen again", () =>
            Expect(counter.Value).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
        var shown = int.Parse(await counter.Value.InputValueAsync(), NumberStyles.Integer, CultureInfo.InvariantCulture);
        await counter.Increment.ClickAsync();

        // A Send that lands on a node other than the new session's is forwarded by sharding, which cannot place the
        // new shard while the dead node still holds the coordinator (it was the oldest) until the cluster removed it.
        await counter.ExpectValueAsync((shown + 1).ToString(CultureInfo.InvariantCulture), Deadlines.FailoverMs);
        var clickHandledAfter = sinceKill.Elapsed;
        await tab.AssertAsync(navigations == 0, "no reload of the page", $"{navigations} navigations");
        var restartNotice = await tab.Page.Locator(".fa-toast-info").CountAsync();
        output.WriteLine($"killed node {streamNode} (pid {fixture.Cluster.Nodes[streamNode].Process.Id}); session {sessionBefore} -> " +
            $"{await tab.StoredSessionIdAsync("counter")}; {(restartNotice > 0 ? "restarted by the server (notice shown)" : "registered anew after the resume was refused")}; " +
            $"counter showed {shown} on the new session; indicator states: [{string.Join(", ", statuses)}]; " +
            $"new session {newSessionAfter.TotalMilliseconds:F0} ms after the kill, first click on it handled at {clickHandledAfter.TotalMilliseconds:F0} ms; " +
            $"the killed node was {(streamNode == 0 ? "the oldest (seed)" : "not the oldest")}");
    }
}
