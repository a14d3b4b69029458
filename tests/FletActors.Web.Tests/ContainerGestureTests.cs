using Microsoft.Playwright;
using FletActors.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace FletActors.Web.Tests;

/// <summary>Container.OnHover and Container.OnLongPress driven by a real pointer in Chromium, against the hover sample.</summary>
public class ContainerGestureTests(WebFixture fixture) : IClassFixture<WebFixture>
{
    // Colors.Teal300, which the sample gives a pinned box.
    private const string PinnedBackground = "rgb(77, 182, 172)";

    [Fact]
    public async Task Hover_PointerMovesFromBoxToBox_EachEnterAndLeaveReachesTheApp()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/hover");
        var first = tab.Page.GetByText("Box 1", new() { Exact = true });
        await tab.ExpectAsync("the first box", () => Expect(first).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));

        // Act
        await first.HoverAsync();
        await tab.ExpectAsync("the app told the pointer is over box 1", () =>
            Expect(tab.Page.GetByText("Over Box 1", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
        await tab.Page.GetByText("Box 2", new() { Exact = true }).HoverAsync();

        // Assert: leaving box 1 and entering box 2 arrive in that order, so the last word is box 2's.
        await tab.ExpectAsync("the app told the pointer moved to box 2", () =>
            Expect(tab.Page.GetByText("Over Box 2", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
    }

    [Fact]
    public async Task LongPress_BoxPressedAndHeld_PinnedByTheApp()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/hover");
        var label = tab.Page.GetByText("Box 3", new() { Exact = true });
        await tab.ExpectAsync("the third box", () => Expect(label).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));
        var box = tab.Page.Locator(".fa-container").Filter(new() { Has = label });

        // Act: press and keep holding until the app answers, so the hold lasts past the long-press timeout however
        // slow the machine is.
        await label.HoverAsync();
        await tab.Page.Mouse.DownAsync();
        await tab.ExpectAsync("the app's report that box 3 is pinned", () =>
            Expect(tab.Page.GetByText("Pinned Box 3", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
        await tab.Page.Mouse.UpAsync();

        // Assert
        await tab.ExpectAsync("box 3 in the pinned colour", () =>
            Expect(box).ToHaveCSSAsync("background-color", PinnedBackground, new() { Timeout = Deadlines.RoundTripMs }));
    }
}
