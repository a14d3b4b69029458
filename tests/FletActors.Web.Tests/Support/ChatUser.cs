using System.Text.RegularExpressions;
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

    /// <summary>
    /// Says "<paramref name="prefix"/> #1", "#2", … in <paramref name="from"/> until one of them shows in
    /// <paramref name="to"/>, each given <paramref name="perAttemptMs"/> to arrive; fails after
    /// <paramref name="deadlineMs"/>. For sessions on different nodes: a subscription reaches the other nodes by gossip,
    /// and a message published before it has arrived there is not delivered there.
    /// </summary>
    public static async Task SayUntilSeenAsync(AppTab from, AppTab to, string prefix, float perAttemptMs, float deadlineMs)
    {
        var seen = to.Page.GetByText(new Regex($"^{Regex.Escape(prefix)} #\\d+$")).First;
        var deadline = DateTime.UtcNow.AddMilliseconds(deadlineMs);
        for (var attempt = 1; ; attempt++)
        {
            await SayAsync(from, $"{prefix} #{attempt}");
            try
            {
                await Expect(seen).ToBeVisibleAsync(new() { Timeout = perAttemptMs });
                return;
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
            }
            catch (PlaywrightException e)
            {
                Assert.Fail(await to.DescribeAsync($"one of {attempt} messages '{prefix} #n' from the other tab", e.Message));
            }
        }
    }

    public static Task ExpectMessageAsync(AppTab tab, string message) =>
        tab.ExpectAsync($"the chat message '{message}'", () =>
            Expect(tab.Page.GetByText(message, new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
}
