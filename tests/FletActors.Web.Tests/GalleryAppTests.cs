using System.Text.RegularExpressions;
using FletActors.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FletActors.Web.Tests;

/// <summary>Navigation in the browser: the gallery opening an app (Page.LaunchUrl) and the routing sample's views.</summary>
public class GalleryAppTests(WebFixture fixture) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task GalleryHome_OpenCounterClicked_NavigatesToTheCounterApp()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/");
        var open = tab.Page.Locator("[data-key=counter]");
        await tab.ExpectAsync("the counter card's 'Open' button", () => Expect(open).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));

        // Act
        await open.ClickAsync();

        // Assert
        await tab.ExpectAsync("the browser at /apps/counter", () =>
            Expect(tab.Page).ToHaveURLAsync(new Uri(fixture.Server.HttpUrl, "/apps/counter").ToString(), new() { Timeout = Deadlines.RoundTripMs }));
        await tab.ExpectAsync("the counter app's increment button", () =>
            Expect(tab.Page.GetByRole(AriaRole.Button, new() { Name = "Increment" })).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));
    }

    [Fact]
    public async Task Routing_VisitStoreThenCheckoutThenBackArrow_ViewsFollowTheRoute()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/routing");
        var views = tab.Page.Locator(".fa-view");
        await tab.ExpectAsync("the home view's 'Visit store' button", () =>
            Expect(tab.Page.GetByRole(AriaRole.Button, new() { Name = "Visit store" })).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));

        // Act / Assert: each push adds a view on top and moves the URL's hash.
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Visit store" }).ClickAsync();
        await tab.ExpectAsync("the URL at #/store", () => Expect(tab.Page).ToHaveURLAsync(new Regex("#/store$"), new() { Timeout = Deadlines.RoundTripMs }));
        await tab.ExpectAsync("two views, the store on top", () => Expect(views).ToHaveCountAsync(2, new() { Timeout = Deadlines.RoundTripMs }));

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Checkout" }).ClickAsync();
        await tab.ExpectAsync("the checkout view naming its route", () =>
            Expect(tab.Page.GetByText("Route: /store/checkout", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
        await tab.ExpectAsync("the URL at #/store/checkout", () =>
            Expect(tab.Page).ToHaveURLAsync(new Regex("#/store/checkout$"), new() { Timeout = Deadlines.RoundTripMs }));

        // The app bar's back arrow pops the top view (OnViewPop), which pushes the route below it.
        await tab.Page.Locator(".fa-view:last-child").GetByRole(AriaRole.Button, new() { Name = "Back" }).ClickAsync();
        await tab.ExpectAsync("two views again after the pop", () => Expect(views).ToHaveCountAsync(2, new() { Timeout = Deadlines.RoundTripMs }));
        await tab.ExpectAsync("the URL back at #/store", () => Expect(tab.Page).ToHaveURLAsync(new Regex("#/store$"), new() { Timeout = Deadlines.RoundTripMs }));
        await tab.ExpectAsync("the store's 'Go home' button on top", () =>
            Expect(tab.Page.GetByRole(AriaRole.Button, new() { Name = "Go home" })).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
    }

    [Fact]
    public async Task Routing_OpenedAtADeepLink_BuildsTheWholeViewStack()
    {
        // Arrange / Act
        await using var tab = await fixture.OpenAsync("/apps/routing#/store/checkout");

        // Assert
        await tab.ExpectAsync("the checkout view of the deep link", () =>
            Expect(tab.Page.GetByText("Route: /store/checkout", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));
        await tab.ExpectAsync("home, store and checkout stacked", () =>
            Expect(tab.Page.Locator(".fa-view")).ToHaveCountAsync(3, new() { Timeout = Deadlines.RoundTripMs }));
    }
}
