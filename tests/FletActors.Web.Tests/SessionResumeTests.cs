using FletActors.Web.Tests.Support;
using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FletActors.Web.Tests;

/// <summary>A page session outlives its connection: a reload or a dropped network resumes it with its state.</summary>
public class SessionResumeTests(WebFixture fixture, ITestOutputHelper output) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Counter_ReloadedWithinTheSessionTimeout_ResumesTheSameSessionAndValue()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/counter");
        var counter = new CounterPage(tab);
        await counter.ExpectValueAsync("0", Deadlines.PageReadyMs);
        for (var i = 0; i < 3; i++)
        {
            await counter.Increment.ClickAsync();
        }

        await counter.ExpectValueAsync("3", Deadlines.RoundTripMs);
        var sessionBefore = await tab.StoredSessionIdAsync("counter");
        var sessionsBefore = fixture.Server.SessionCount;

        // Act
        await tab.Page.ReloadAsync(new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = Deadlines.PageReadyMs });

        // Assert
        await counter.ExpectValueAsync("3", Deadlines.PageReadyMs);
        var sessionAfter = await tab.StoredSessionIdAsync("counter");
        await tab.AssertAsync(sessionBefore is not null && sessionBefore == sessionAfter,
            "the reloaded tab resumed its session", $"session before {sessionBefore}, after {sessionAfter}");
        await tab.AssertAsync(fixture.Server.SessionCount == sessionsBefore,
            "no new session on the server after the reload", $"sessions before {sessionsBefore}, after {fixture.Server.SessionCount}");
        await counter.Increment.ClickAsync();
        await counter.ExpectValueAsync("4", Deadlines.RoundTripMs);
    }

    [Fact]
    public async Task Counter_ConnectionDropped_ShowsReconnectingThenRecoversWithItsState()
    {
        // Arrange
        await using var proxy = TcpProxy.Start(fixture.Server.HttpUrl);
        await using var tab = await fixture.OpenAsync("/apps/counter", via: proxy.Url);
        var counter = new CounterPage(tab);
        await counter.ExpectValueAsync("0", Deadlines.PageReadyMs);
        await counter.Increment.ClickAsync();
        await counter.Increment.ClickAsync();
        await counter.ExpectValueAsync("2", Deadlines.RoundTripMs);
        var sessionBefore = await tab.StoredSessionIdAsync("counter");
        var sessionsBefore = fixture.Server.SessionCount;

        // Act: the network goes down (every connection reset, new ones unanswered) and comes back.
        proxy.PauseAccepting();
        var down = Stopwatch.StartNew();
        var dropped = proxy.DropAll();
        await tab.AssertAsync(dropped > 0, "the proxy carried the page's connections", $"dropped {dropped} of {proxy.AcceptedCount} accepted");
        await tab.ExpectAsync("the 'Reconnecting…' indicator while the network is down", () =>
            Expect(tab.Status).ToHaveTextAsync("Reconnecting…", new() { Timeout = Deadlines.ReconnectMs }));
        await tab.ExpectAsync("the indicator visible while the network is down", () =>
            Expect(tab.Status).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
        var noticed = down.Elapsed;
        proxy.ResumeAccepting();
        var up = Stopwatch.StartNew();

        // Assert
        await tab.ExpectAsync("the indicator gone once the client reconnected", () =>
            Expect(tab.Status).ToBeHiddenAsync(new() { Timeout = Deadlines.ReconnectMs }));
        output.WriteLine($"dropped {dropped} connections; 'Reconnecting…' seen within {noticed.TotalMilliseconds:F0} ms; reconnected {up.Elapsed.TotalMilliseconds:F0} ms after the network came back");
        await counter.ExpectValueAsync("2", Deadlines.RoundTripMs);
        await counter.Increment.ClickAsync();
        await counter.ExpectValueAsync("3", Deadlines.RoundTripMs);
        var sessionAfter = await tab.StoredSessionIdAsync("counter");
        await tab.AssertAsync(sessionBefore is not null && sessionBefore == sessionAfter,
            "the same session after the reconnect", $"session before {sessionBefore}, after {sessionAfter}");
        await tab.AssertAsync(fixture.Server.SessionCount == sessionsBefore,
            "no new session on the server after the reconnect", $"sessions before {sessionsBefore}, after {fixture.Server.SessionCount}");
    }
}
