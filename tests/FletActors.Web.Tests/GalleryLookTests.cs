using FletActors.Samples.Gallery;
using FletActors.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FletActors.Web.Tests;

/// <summary>
/// The gallery and its apps rendered by the real web client, with screenshots saved to test-output/screenshots/
/// for a person to look at.
/// </summary>
public class GalleryLookTests(WebFixture fixture) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task GalleryHome_Opened_ShowsACardPerAppAndSavesAScreenshot()
    {
        // Arrange / Act
        await using var tab = await fixture.OpenAsync("/");
        var openButtons = tab.Page.GetByRole(AriaRole.Button, new() { Name = "Open", Exact = true });

        // Assert
        await tab.ExpectAsync($"{GalleryHome.Entries.Count} 'Open' buttons, one per app", () =>
            Expect(openButtons).ToHaveCountAsync(GalleryHome.Entries.Count, new() { Timeout = Deadlines.PageReadyMs }));
        foreach (var entry in GalleryHome.Entries)
        {
            await tab.ExpectAsync($"the card titled '{entry.Title}'", () =>
                Expect(tab.Page.GetByText(entry.Title, new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
        }

        await Expect(tab.Page).ToHaveTitleAsync("FletActors gallery", new() { Timeout = Deadlines.RoundTripMs });
        AssertScreenshot(await tab.SaveScreenshotAsync("gallery-home"));
    }

    [Fact]
    public async Task Todo_ThreeTasksOneCompleted_CountsItemsLeftAndSavesAScreenshot()
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/todo");
        var newTask = tab.Page.GetByPlaceholder("What needs to be done?");
        await tab.ExpectAsync("the new-task field", () => Expect(newTask).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));

        // Act
        string[] tasks = ["Write the end-to-end tests", "Look at the screenshots", "Ship the gallery"];
        foreach (var task in tasks)
        {
            await newTask.FillAsync(task);
            await newTask.PressAsync("Enter");
            await tab.ExpectAsync($"the task '{task}'", () =>
                Expect(tab.Page.GetByRole(AriaRole.Checkbox, new() { Name = task })).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
        }

        await tab.Page.GetByRole(AriaRole.Checkbox, new() { Name = tasks[0] }).CheckAsync();

        // Assert
        await tab.ExpectAsync("'2 items left' after completing one of three", () =>
            Expect(tab.Page.GetByText("2 items left", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
        AssertScreenshot(await tab.SaveScreenshotAsync("todo"));
    }

    [Fact]
    public async Task Chat_TwoUsersTalking_SavesAScreenshot()
    {
        // Arrange
        await using var ada = await fixture.OpenAsync("/apps/chat");
        await using var grace = await ada.OpenSiblingAsync(new Uri(fixture.Server.HttpUrl, "/apps/chat"));
        await ChatUser.JoinAsync(ada, "Ada");
        await ChatUser.JoinAsync(grace, "Grace");

        // Act
        await ChatUser.SayAsync(ada, "Is the session server up?");
        await ChatUser.SayAsync(grace, "Yes: one actor per tab, messages over PubSub.");
        await ChatUser.SayAsync(ada, "Then this chat proves it.");

        // Assert
        await ChatUser.ExpectMessageAsync(ada, "Yes: one actor per tab, messages over PubSub.");
        await ChatUser.ExpectMessageAsync(ada, "Then this chat proves it.");
        AssertScreenshot(await ada.SaveScreenshotAsync("chat"));
    }

    private static void AssertScreenshot(string path)
    {
        var file = new FileInfo(path);
        Assert.True(file.Exists && file.Length > 1000, $"screenshot {path} was not written");
    }
}
