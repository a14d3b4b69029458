using FletActors.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace FletActors.Web.Tests;

/// <summary>
/// The chat sample on a two-node cluster, each tab pinned to a node of its own: sessions on different nodes talk over
/// Page.PubSub, which crosses nodes through DistributedPubSub.
/// </summary>
public class ClusterChatTests(SampleClusterFixture cluster) : IClassFixture<SampleClusterFixture>
{
    // A node learns of another's subscription by gossip (every second): each retry gives it this long.
    private const float GossipRoundMs = 3_000;
    private const float ConvergedMs = 60_000;

    [Fact]
    public async Task Chat_TabsOnDifferentNodes_MessagesCrossBothWaysAndJoinNewsSkipsTheOneWhoJoined()
    {
        // Arrange: Alice on node 0, Bob on node 1; until both nodes know each other's subscription, a message may
        // miss the other node, so each first says something until the other tab shows it.
        await using var alice = await cluster.OpenAsync(0, "/apps/chat");
        await using var bob = await cluster.OpenAsync(1, "/apps/chat");
        await ChatUser.JoinAsync(alice, "Alice");
        await ChatUser.JoinAsync(bob, "Bob");
        await ChatUser.SayUntilSeenAsync(alice, bob, "Alice checking in", GossipRoundMs, ConvergedMs);
        await ChatUser.SayUntilSeenAsync(bob, alice, "Bob checking in", GossipRoundMs, ConvergedMs);

        // Act
        await ChatUser.SayAsync(alice, "Hello from node zero");
        await ChatUser.SayAsync(bob, "Node one hears you", withButton: true);

        // Assert: each message shows in both tabs, the sender's own included (send-all).
        await ChatUser.ExpectMessageAsync(bob, "Hello from node zero");
        await ChatUser.ExpectMessageAsync(alice, "Hello from node zero");
        await ChatUser.ExpectMessageAsync(alice, "Node one hears you");
        await ChatUser.ExpectMessageAsync(bob, "Node one hears you");

        // Act: Carol joins on node 0; her join news goes to the others only (send-others).
        await using var carol = await cluster.OpenAsync(0, "/apps/chat");
        await ChatUser.JoinAsync(carol, "Carol");
        await ChatUser.SayAsync(carol, "Carol made it");

        // Assert: both others, on either node, are told. Carol's own message reaches her after her join news would
        // have (both pass node 0's one subscriber of the channel, in order), so once it shows, an echo would show too.
        await bob.ExpectAsync("Bob's tab (node 1) announcing Carol", () =>
            Expect(bob.Page.GetByText("Carol has joined the chat.")).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
        await alice.ExpectAsync("Alice's tab (node 0) announcing Carol", () =>
            Expect(alice.Page.GetByText("Carol has joined the chat.")).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
        await ChatUser.ExpectMessageAsync(carol, "Carol made it");
        await ChatUser.ExpectMessageAsync(bob, "Carol made it");
        await carol.AssertAsync(await carol.Page.GetByText("Carol has joined the chat.").CountAsync() == 0,
            "no news of Carol's own join in Carol's tab");
    }
}
