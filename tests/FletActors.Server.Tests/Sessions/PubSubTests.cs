using FletActors.Server.Tests.Support;

namespace FletActors.Server.Tests.Sessions;

public sealed class PubSubTests
{
    [Fact]
    public async Task PubSub_SendAllSendOthersAndTopic_EachDeliveredAsATurnOfTheReceivingSession()
    {
        // Arrange: every session shows what it received; its buttons publish
        await using var harness = SessionHarness.For(page =>
        {
            var inbox = new Text("inbox:");
            page.PubSub.Subscribe(m => inbox.Value += $" {m}");
            page.PubSub.SubscribeTopic("news", (topic, m) => inbox.Value += $" {topic}/{m}");
            page.Add(inbox,
                new ElevatedButton("all") { OnClick = _ => page.PubSub.SendAll("a") },
                new ElevatedButton("others") { OnClick = _ => page.PubSub.SendOthers("o") },
                new ElevatedButton("news") { OnClick = _ => page.PubSub.SendOthersOnTopic("news", "n") });
        });
        var sender = await harness.ConnectAsync();
        var receiver = await harness.ConnectAsync();

        // Act
        foreach (var button in new[] { "all", "others", "news" })
        {
            await sender.ClickAsync(button);
            await sender.SettleAsync();
        }

        // Assert
        await receiver.WaitForTextAsync("inbox: a o news/n");
        await sender.WaitForTextAsync("inbox: a");
        await receiver.SettleAsync();
        Assert.Equal("inbox: a", sender.Texts()[0]);
    }
}
