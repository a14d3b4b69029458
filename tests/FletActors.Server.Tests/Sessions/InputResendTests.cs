using FletActors.Sessions;
using FletActors.Server.Tests.Support;
using FletActors.Server.Tests.Transport;

namespace FletActors.Server.Tests.Sessions;

/// <summary>
/// The .NET client against a real session when a write fails but the input may still arrive (it was on the wire):
/// whichever copy reaches the session first runs, the other is dropped, and the handler runs exactly once.
/// </summary>
public sealed class InputResendTests
{
    [Fact]
    public async Task SessionClient_WriteFailsAndLateCopyArrivesAfterResend_HandlerRunsOnce()
    {
        // Arrange
        var ledger = new ClickLedgerApp();
        await using var harness = SessionHarness.For(ledger.Main);
        var client = await harness.ConnectAsync();
        var button = client.IdOf(ClickLedgerApp.ButtonText);
        await client.SendEventAsync(button, "click", "1");
        await client.SettleAsync();

        // Act: the write of click 2 fails; the client resumes and sends it again; then the stranded copy lands
        client.Connector.StrandNextInput();
        await client.SendEventAsync(button, "click", "2");
        await Awaiting.ConditionAsync(() => ledger.Count == 2, TestTimeouts.Condition, "the resent click ran");
        var late = client.Connector.DeliverStranded();
        await client.SettleAsync();

        // Assert
        Assert.Equal(DeliveryOutcome.Duplicate, late);
        Assert.Equal(new[] { "1", "2" }, ledger.Clicks);
        Assert.Equal(2, client.Connector.ConnectionCount);
        Assert.Equal(0, client.Client.UnconfirmedInputCount);
    }

    [Fact]
    public async Task SessionClient_WriteFailsButInputArrivesBeforeResume_NotSentAgain()
    {
        // Arrange: the client cannot reconnect until the test lets it
        var ledger = new ClickLedgerApp();
        await using var harness = SessionHarness.For(ledger.Main);
        var client = await harness.ConnectAsync();
        var button = client.IdOf(ClickLedgerApp.ButtonText);
        await client.SendEventAsync(button, "click", "1");
        await client.SettleAsync();
        client.Connector.HoldConnections();

        // Act: the write of click 2 fails but the click reaches the session; then the client resumes
        client.Connector.StrandNextInput();
        await client.SendEventAsync(button, "click", "2");
        await Awaiting.ConditionAsync(() => client.Connector.HasStranded, TestTimeouts.Condition, "the write failed");
        var arrived = client.Connector.DeliverStranded();
        client.Connector.OpenConnections();
        await Awaiting.ConditionAsync(() => client.Connector.ConnectionCount == 2 && client.Connector.Current.HasStarted,
            TestTimeouts.Condition, "the client resumed");
        await client.SettleAsync();

        // Assert: the resume said the session had it, so the client forgot it instead of sending it again
        Assert.Equal(DeliveryOutcome.Accepted, arrived);
        Assert.Equal(2UL, (await client.Connector.Current.Started).LastInputSeq);
        Assert.Equal(0, client.Connector.Duplicates.Value);
        Assert.Equal(new[] { "1", "2" }, ledger.Clicks);
        Assert.Equal(0, client.Client.UnconfirmedInputCount);
    }
}
