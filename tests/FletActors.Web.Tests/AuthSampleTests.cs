using System.Text.Json;
using FletActors.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FletActors.Web.Tests;

/// <summary>
/// The auth sample in Chromium: FletActors apps mapped at two prefixes of an ASP.NET Core app, beside its sign-in and
/// its own API, one of them behind the host's cookie authentication.
/// </summary>
public sealed class AuthSampleTests(AuthSampleFixture fixture) : IClassFixture<AuthSampleFixture>
{
    [Fact]
    public async Task Greeter_WithoutCookie_Is401()
    {
        // Arrange
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        // Act
        var response = await page.GotoAsync(fixture.Url("/greeter"));

        // Assert: the host's refusal, which points to its sign-in
        Assert.Equal(401, response?.Status);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "sign in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Greeter_AfterSigningIn_GreetsTheUserInTheirLanguage()
    {
        // Arrange
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url("/sign-in"));

        // Act: the host's own form signs in and sends the browser to the greeter
        await page.GetByLabel("User").FillAsync("ada");
        await page.GetByLabel("Password").FillAsync("lovelace");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // Assert
        await Expect(page.GetByText("Hello, ada!", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs });
        await Expect(page.GetByText("Your browser asked for: de-CH")).ToBeVisibleAsync();
        Assert.EndsWith("/greeter", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoAppsAndHostEndpoint_SignedInOrNot_EachAnswersForItself()
    {
        // Arrange
        await using var anonymous = await fixture.NewContextAsync();
        await using var signedIn = await fixture.NewContextAsync();
        var form = signedIn.APIRequest.CreateFormData();
        form.Set("user", "ada");
        form.Set("password", "lovelace");
        var signIn = await signedIn.APIRequest.PostAsync(fixture.Url("/sign-in"), new() { Form = form, MaxRedirects = 0 });
        Assert.Equal(302, signIn.Status);

        // Act
        var anonymousAbout = await anonymous.NewPageAsync();
        await anonymousAbout.GotoAsync(fixture.Url("/about"));
        var signedInAbout = await signedIn.NewPageAsync();
        await signedInAbout.GotoAsync(fixture.Url("/about"));
        var greeter = await signedIn.NewPageAsync();
        await greeter.GotoAsync(fixture.Url("/greeter"));
        var anonymousMe = await anonymous.APIRequest.GetAsync(fixture.Url("/api/me"));
        var signedInMe = await signedIn.APIRequest.GetAsync(fixture.Url("/api/me"));

        // Assert: the public app serves both, knowing who is who; the greeter and the host's API serve only the user
        await Expect(anonymousAbout.GetByText("This FletActors app needs no sign-in.")).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs });
        await Expect(anonymousAbout.GetByText("You are not signed in.")).ToBeVisibleAsync();
        await Expect(signedInAbout.GetByText("You are signed in as ada.")).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs });
        await Expect(greeter.GetByText("Hello, ada!", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs });
        Assert.Equal(401, anonymousMe.Status);
        Assert.Equal(200, signedInMe.Status);
        using var me = JsonDocument.Parse(await signedInMe.TextAsync());
        Assert.Equal("ada", me.RootElement.GetProperty("name").GetString());
    }
}
