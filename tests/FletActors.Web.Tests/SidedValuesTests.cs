using FletActors.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FletActors.Web.Tests;

/// <summary>
/// Per-side padding, margin and corner radii as the browser lays them out: the boxes are measured in Chromium, so
/// the order of the sides on the wire and in CSS is checked where it matters.
/// </summary>
public class SidedValuesTests(SidedValuesTests.BoxesFixture fixture) : IClassFixture<SidedValuesTests.BoxesFixture>
{
    /// <summary>A server with one app of boxes whose sides differ, and one uniform box to compare with.</summary>
    public sealed class BoxesFixture() : WebFixture(builder => builder.AddApp("boxes", ShowBoxes))
    {
        private static void ShowBoxes(Page page)
        {
            page.Padding = 0;
            page.Add(new Column(
                Box("left-only", Padding.Only(left: 40), BorderRadius.Only(topLeft: 8, bottomRight: 3)),
                Box("uniform", Padding.All(12), 6),
                new Container { Key = "margined", Margin = Margin.Only(left: 24, top: 5), Width = 20, Height = 20, BgColor = Colors.Red })
            {
                Key = "column",
                Spacing = 0,
            });
        }

        private static Container Box(string key, Padding padding, BorderRadius radius) =>
            new(new Container { Key = key + "-child", Width = 20, Height = 20, BgColor = Colors.Red })
            {
                Key = key,
                Padding = padding,
                BorderRadius = radius,
                BgColor = Colors.BlueGrey100,
                Width = 200,
            };
    }

    [Fact]
    public async Task Container_PaddingOnlyLeft_PutsItsChild40PxFromItsLeftEdgeAnd0FromItsTop()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/boxes");

        // Act
        var (box, child) = await MeasureAsync(tab, "left-only");

        // Assert
        Assert.Equal(40, child.X - box.X, 0.5);
        Assert.Equal(0, child.Y - box.Y, 0.5);
        Assert.Equal(20, box.Height, 0.5);
    }

    [Fact]
    public async Task Container_UniformPadding_StillPutsItsChildTheSameDistanceFromEveryEdge()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/boxes");

        // Act
        var (box, child) = await MeasureAsync(tab, "uniform");

        // Assert
        Assert.Equal((12, 12), (Math.Round(child.X - box.X), Math.Round(child.Y - box.Y)));
        Assert.Equal(20 + 24, box.Height, 0.5);
    }

    [Fact]
    public async Task Container_MarginOnlyLeftAndTop_MovesItsBoxFromItsParentAndItsSibling()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/boxes");

        // Act
        var (above, _) = await MeasureAsync(tab, "uniform");
        var column = await BoundsAsync(tab, "column");
        var margined = await BoundsAsync(tab, "margined");

        // Assert
        Assert.Equal(24, margined.X - column.X, 0.5);
        Assert.Equal(5, margined.Y - (above.Y + above.Height), 0.5);
    }

    [Fact]
    public async Task Container_BorderRadiusOnly_RoundsTheCornersFletNames()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/boxes");
        var box = tab.Page.Locator("[data-key='left-only']");
        await tab.ExpectAsync("the box with a padding on its left only", () =>
            Expect(box).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));

        // Act
        var corners = await box.EvaluateAsync<string[]>(
            "el => { const s = getComputedStyle(el); return [s.borderTopLeftRadius, s.borderTopRightRadius, s.borderBottomLeftRadius, s.borderBottomRightRadius]; }");

        // Assert
        Assert.Equal(["8px", "0px", "0px", "3px"], corners);
    }

    private static async Task<(LocatorBoundingBoxResult Box, LocatorBoundingBoxResult Child)> MeasureAsync(AppTab tab, string key) =>
        (await BoundsAsync(tab, key), await BoundsAsync(tab, key + "-child"));

    private static async Task<LocatorBoundingBoxResult> BoundsAsync(AppTab tab, string key)
    {
        var control = tab.Page.Locator($"[data-key='{key}']");
        await tab.ExpectAsync($"the control keyed '{key}'", () =>
            Expect(control).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));
        var bounds = await control.BoundingBoxAsync();
        await tab.AssertAsync(bounds is not null, $"the control keyed '{key}' has a layout box");
        return bounds!;
    }
}
