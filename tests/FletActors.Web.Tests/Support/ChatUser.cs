using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FletActors.Web.Tests.Support;

/// <summary>Drives the chat sample in one tab the way a person does: join with a name, type, send.</summary>
internal static class ChatUser
{
    public static async Task JoinAsync(AppTab tab, string name)
    {
        var nameField = tab.Page.GetByLabel("Enter your name to join the chat");
        await tab.ExpectAsync($"the join dialog for {name}", () => Expect(nameField).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));
        await nameField.FillAsync(name);
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Join chat" }).ClickAsync();
        await tab.ExpectAsync($"the join dialog gone after {name} joined", () =>
            Expect(nameField).ToBeHiddenAsync(new() { Timeout = Deadlines.RoundTripMs }));
    }

    /// <summary>Types <paramref name="message"/> and sends it with Enter, or with the send button.</summary>
    public static async Task SayAsync(AppTab tab, string message, bool withButton = false)
    {
        var field = tab.Page.GetByPlaceholder("Write a message...");
        await field.FillAsync(message);
        if (withButton)
        {
            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Send message" }).ClickAsync();
        }
        else
        {
            await field.PressAsync("Enter");
        }

        await tab.ExpectAsync($"the message field emptied after sending '{message}'", () =>
            Expect(field).ToHaveValueAsync(string.Empty, new() { Timeout = Deadlines.RoundTripMs }));
    }

    public static Task ExpectMessageAsync(AppTab tab, string message) =>
        tab.ExpectAsync($"the chat message '{message}'", () =>
            Expect(tab.Page.GetByText(message, new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
}
