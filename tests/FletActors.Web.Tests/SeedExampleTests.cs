using System.Globalization;
using System.Text.RegularExpressions;
using FletActors.Web.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FletActors.Web.Tests;

/// <summary>The seed page's examples (async main, delayed hello, countdowns, resize, errors) in a real browser against a real server.</summary>
public class SeedExampleTests(WebFixture fixture, ITestOutputHelper output) : IClassFixture<WebFixture>
{
    // Interleaved handlers greet ~1.0 s and ~1.1 s after the first click; queued ones would need ~2.0 s for the second.
    private const double EarliestHelloMs = 800;
    private const double LatestSecondHelloMs = 1700;
    private const int ClickGapMs = 100;

    // Two ticks of a once-per-second countdown take ~2 s; a loop that did not wait would take ~0 s.
    private const double MinimumTwoTicksMs = 1000;

    [Fact]
    public async Task DelayedHello_TwoClicks100MsApart_BothHellosAboutASecondLater()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/delayed-hello");
        var button = tab.Page.GetByRole(AriaRole.Button, new() { Name = "Say hello with delay!" });
        await tab.ExpectAsync("the 'Say hello with delay!' button", () => Expect(button).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));

        // Act: the browser itself spaces the clicks, so the gap is what the page saw, not a test-side sleep.
        var clicks = await tab.Page.EvaluateAsync<double[]>(
            """
            gapMs => new Promise(resolve => {
              const button = [...document.querySelectorAll('button')].find(b => b.textContent.includes('Say hello with delay!'));
              const first = performance.now();
              button.click();
              setTimeout(() => { button.click(); resolve([first, performance.now()]); }, gapMs);
            })
            """,
            ClickGapMs);
        var hellos = tab.Page.GetByText("Hello!", new() { Exact = true });
        await tab.ExpectAsync("two 'Hello!' texts", () => Expect(hellos).ToHaveCountAsync(2, new() { Timeout = Deadlines.RoundTripMs }));

        // Assert: the DOM timeline shows when each greeting appeared, measured from the first click.
        var timeline = await TextTimeline.ReadAsync(tab.Page);
        var appeared = timeline.Where(c => c.Value == "Hello!").Select(c => c.AtMs - clicks[0]).Order().ToList();
        var report = string.Create(CultureInfo.InvariantCulture,
            $"clicks {clicks[1] - clicks[0]:F0} ms apart; greetings at {string.Join(", ", appeared.Select(t => $"{t:F0} ms"))} after the first click\n{TextTimeline.Describe(timeline)}");
        output.WriteLine(report);
        await tab.AssertAsync(appeared.Count == 2, "exactly two greetings in the timeline", report);
        await tab.AssertAsync(appeared[0] >= EarliestHelloMs, $"no greeting before {EarliestHelloMs} ms (each handler waits a second)", report);
        await tab.AssertAsync(appeared[1] < LatestSecondHelloMs, $"both greetings before {LatestSecondHelloMs} ms: the handlers interleave instead of queueing", report);
    }

    [Fact]
    public async Task Countdowns_Opened_BothTickDownOncePerSecond()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/countdown");

        // Act
        await tab.ExpectAsync("the first countdown at 01:58", () =>
            Expect(tab.Page.GetByText("01:58", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));
        await tab.ExpectAsync("the second countdown at 00:58", () =>
            Expect(tab.Page.GetByText("00:58", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));

        // Assert: each control showed every second in order, starting from its full time, a second or so apart.
        var timeline = await TextTimeline.ReadAsync(tab.Page);
        var report = TextTimeline.Describe(timeline);
        var values = TextTimeline.ValuesById(timeline);
        var first = values.Values.FirstOrDefault(v => v.Contains("02:00"));
        var second = values.Values.FirstOrDefault(v => v.Contains("01:00"));
        await tab.AssertAsync(first is not null && first.Take(3).SequenceEqual(["02:00", "01:59", "01:58"]),
            "one Text showing 02:00, 01:59, 01:58 in that order", report);
        await tab.AssertAsync(second is not null && second.Take(3).SequenceEqual(["01:00", "00:59", "00:58"]),
            "another Text showing 01:00, 00:59, 00:58 in that order", report);
        var ticks = timeline.Where(c => c.Value is "02:00" or "01:58").Select(c => c.AtMs).ToList();
        output.WriteLine(report);
        await tab.AssertAsync(ticks.Count == 2 && ticks[1] - ticks[0] >= MinimumTwoTicksMs,
            "two ticks of the first countdown take about two seconds (it ticks once per second, not faster)", report);
    }

    [Fact]
    public async Task Resize_ViewportChanged_OnResizeShowsTheNewSize()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/resize", width: 800, height: 600);
        await tab.ExpectAsync("the resize app's prompt", () =>
            Expect(tab.Page.GetByText("Resize the window to see its new size.")).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));

        // Act
        await tab.Page.SetViewportSizeAsync(1000, 640);

        // Assert
        await tab.ExpectAsync("OnResize's report of the new size", () =>
            Expect(tab.Page.GetByText("New page size: 1000 x 640", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
    }

    [Fact]
    public async Task ErrorReporter_PageThrows_OnErrorShowsTheClientsError()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/errors");
        await tab.ExpectAsync("the error app's first line", () =>
            Expect(tab.Page.GetByText("No client errors so far.")).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));

        // Act: an uncaught error in the page, as a broken script in the browser would raise.
        await tab.Page.EvaluateAsync("() => { setTimeout(() => { throw new Error('boom from the page'); }, 0); }");

        // Assert
        await tab.ExpectAsync("OnError's line naming the page's error", () =>
            Expect(tab.Page.GetByText(new Regex("^Page error: .*boom from the page"))).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
    }

    [Fact]
    public async Task HelloAsync_Opened_AsyncMainGreetsAfterItsDelay()
    {
        // Arrange / Act
        await using var tab = await fixture.OpenAsync("/apps/hello-async");

        // Assert
        await tab.ExpectAsync("'Hello, async world!' from the async main", () =>
            Expect(tab.Page.GetByText("Hello, async world!", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));
    }
}
