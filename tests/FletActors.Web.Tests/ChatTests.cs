using FletActors.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace FletActors.Web.Tests;

/// <summary>The chat sample across two browser tabs: two page sessions talking over Page.PubSub.</summary>
public class ChatTests(WebFixture fixture) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Chat_MessageTypedInOneTab_AppearsInTheOther()
    {
        // Arrange
        await using var alice = await fixture.OpenAsync("/apps/chat");
        await using var bob = await alice.OpenSiblingAsync(new Uri(fixture.Server.HttpUrl, "/apps/chat"));
        await ChatUser.JoinAsync(alice, "Alice");
        await ChatUser.JoinAsync(bob, "Bob");
        await alice.ExpectAsync("Alice's tab announcing Bob", () =>
            Expect(alice.Page.GetByText("Bob has joined the chat.")).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));

        // Act
        await ChatUser.SayAsync(alice, "Hello from Alice's tab");
        await ChatUser.SayAsync(bob, "Bob here, loud and clear", withButton: true);

        // Assert
        await ChatUser.ExpectMessageAsync(bob, "Hello from Alice's tab");
        await ChatUser.ExpectMessageAsync(alice, "Bob here, loud and clear");
        await bob.ExpectAsync("Alice named as the sender in Bob's tab", () =>
            Expect(bob.Page.GetByText("Alice", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
    }
}
