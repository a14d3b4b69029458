using System.Collections.Concurrent;
using System.Globalization;
using FletActors.Protocol.V1;
using FletActors.Sessions;
using FletActors.Server.Tests.Support;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace FletActors.Server.Tests.Sessions;

/// <summary>
/// Numbered client inputs (input_seq): the next number is accepted, a number already taken is dropped, a gap is
/// refused with nothing delivered, unnumbered inputs go through as before, and each session counts on its own.
/// </summary>
public sealed class InputSequenceTests : VirtualTimeTestKit
{
    [Fact]
    public async Task Deliver_NumberAlreadyAccepted_DroppedCountedAndHandlerRunsOnce()
    {
        // Arrange
        var logs = new CapturingLoggerFactory();
        var clicks = new ConcurrentDictionary<string, ConcurrentQueue<string>>();
        await using var harness = new SessionHarness(Apps(clicks), loggerFactory: logs);
        var client = await harness.ConnectAsync();
        var button = client.IdOf("count");

        // Act
        var outcomes = new[]
        {
            harness.Manager.Deliver(client.SessionId, Click(button, "a", 1)),
            harness.Manager.Deliver(client.SessionId, Click(button, "a again", 1)),
            harness.Manager.Deliver(client.SessionId, Click(button, "b", 2)),
            harness.Manager.Deliver(client.SessionId, Click(button, "a or b again", 2)),
        };
        await client.WaitForTextAsync("2");
        await client.SettleAsync();

        // Assert
        Assert.Equal(new[] { DeliveryOutcome.Accepted, DeliveryOutcome.Duplicate, DeliveryOutcome.Accepted, DeliveryOutcome.Duplicate }, outcomes);
        Assert.Equal(new[] { "a", "b" }, clicks[client.SessionId]);
        Assert.Empty(client.Errors);
        var duplicates = logs.Entries.Where(e => e.EventId.Id == 4014).ToList();
        Assert.Equal(2, duplicates.Count);
        Assert.All(duplicates, e => Assert.Equal(LogLevel.Debug, e.Level));
        Assert.Equal(2L, duplicates[^1].Values["Duplicates"]);
    }

    [Fact]
    public async Task Deliver_NumberBeyondTheNext_AbortedNamingExpectedAndGotAndNothingRuns()
    {
        // Arrange
        var clicks = new ConcurrentDictionary<string, ConcurrentQueue<string>>();
        await using var harness = new SessionHarness(Apps(clicks));
        var client = await harness.ConnectAsync();
        var button = client.IdOf("count");
        harness.Manager.Deliver(client.SessionId, Click(button, "first", 1));

        // Act
        var refused = Assert.Throws<RpcException>(() => harness.Manager.Deliver(client.SessionId, Click(button, "skipped ahead", 3)));
        var next = harness.Manager.Deliver(client.SessionId, Click(button, "second", 2));
        await client.WaitForTextAsync("2");
        await client.SettleAsync();

        // Assert: the gap took no number, so 2 was still the next one
        Assert.Equal(StatusCode.Aborted, refused.StatusCode);
        Assert.Contains("input 3", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("expected input_seq 2", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(DeliveryOutcome.Accepted, next);
        Assert.Equal(new[] { "first", "second" }, clicks[client.SessionId]);
    }

    [Fact]
    public async Task Deliver_Unnumbered_AcceptedEveryTimeBesideNumberedOnes()
    {
        // Arrange
        var clicks = new ConcurrentDictionary<string, ConcurrentQueue<string>>();
        await using var harness = new SessionHarness(Apps(clicks));
        var client = await harness.ConnectAsync();
        var button = client.IdOf("count");

        // Act
        var outcomes = new[]
        {
            harness.Manager.Deliver(client.SessionId, Click(button, "u1", 0)),
            harness.Manager.Deliver(client.SessionId, Click(button, "n1", 1)),
            harness.Manager.Deliver(client.SessionId, Click(button, "u1", 0)),
            harness.Manager.Deliver(client.SessionId, Click(button, "n2", 2)),
        };
        await client.WaitForTextAsync("4");
        await client.SettleAsync();

        // Assert
        Assert.All(outcomes, o => Assert.Equal(DeliveryOutcome.Accepted, o));
        Assert.Equal(new[] { "u1", "n1", "u1", "n2" }, clicks[client.SessionId]);
    }

    [Fact]
    public async Task Deliver_DuplicatesAndGapOnOneSession_BystanderNumbersOnItsOwnUnaffected()
    {
        // Arrange
        var clicks = new ConcurrentDictionary<string, ConcurrentQueue<string>>();
        await using var harness = new SessionHarness(Apps(clicks));
        var noisy = await harness.ConnectAsync();
        var bystander = await harness.ConnectAsync();
        var noisyButton = noisy.IdOf("count");
        var bystanderButton = bystander.IdOf("count");

        // Act
        for (ulong seq = 1; seq <= 3; seq++)
        {
            harness.Manager.Deliver(noisy.SessionId, Click(noisyButton, "noisy", seq));
            harness.Manager.Deliver(noisy.SessionId, Click(noisyButton, "noisy again", seq));
        }

        Assert.Throws<RpcException>(() => harness.Manager.Deliver(noisy.SessionId, Click(noisyButton, "gap", 9)));
        var bystanderOutcomes = new[]
        {
            harness.Manager.Deliver(bystander.SessionId, Click(bystanderButton, "b1", 1)),
            harness.Manager.Deliver(bystander.SessionId, Click(bystanderButton, "b2", 2)),
        };
        await bystander.WaitForTextAsync("2");
        await noisy.WaitForTextAsync("3");
        await bystander.SettleAsync();
        await noisy.SettleAsync();

        // Assert
        Assert.All(bystanderOutcomes, o => Assert.Equal(DeliveryOutcome.Accepted, o));
        Assert.Equal(new[] { "b1", "b2" }, clicks[bystander.SessionId]);
        Assert.Equal(new[] { "noisy", "noisy", "noisy" }, clicks[noisy.SessionId]);
        Assert.Empty(bystander.Errors);
    }

    [Fact]
    public async Task Deliver_NumberedInputs_ConfirmedByInputAckAndSessionStartedOnResume()
    {
        // Arrange: the real client numbers its clicks
        var clicks = new ConcurrentDictionary<string, ConcurrentQueue<string>>();
        await using var harness = new SessionHarness(Apps(clicks));
        var client = await harness.ConnectAsync();
        for (var i = 0; i < 3; i++)
        {
            await client.ClickAsync("count");
        }

        await client.SettleAsync();
        var first = client.Connector.Current;

        // Act
        first.Break();
        await Awaiting.ConditionAsync(() => client.Connector.ConnectionCount == 2 && client.Connector.Current.HasStarted,
            TestTimeouts.Condition, "the client resumed");
        var resumed = await client.Connector.Current.Started;

        // Assert: confirmed while connected (the client forgot them), and the resume names the last one taken
        var acks = first.SentMessages.Where(m => m.InputAck is not null).Select(m => m.InputAck.LastInputSeq).ToList();
        Assert.NotEmpty(acks);
        Assert.Equal(3UL, acks[^1]);
        Assert.Equal(0, client.Client.UnconfirmedInputCount);
        Assert.True(resumed.Resumed);
        Assert.Equal(3UL, resumed.LastInputSeq);
        Assert.Equal(3, clicks[client.SessionId].Count);
    }

    [Fact]
    public async Task Deliver_RateLimitedNumberedInput_UsesUpItsNumber()
    {
        // Arrange: a bucket of two that never refills (virtual time stands still)
        var clicks = new ConcurrentDictionary<string, ConcurrentQueue<string>>();
        await using var harness = new SessionHarness(Apps(clicks), new SessionOptions { MaxEventsPerSecond = 1 }, Sys);
        var client = await harness.ConnectAsync();
        var button = client.IdOf("count");

        // Act
        var outcomes = new[]
        {
            harness.Manager.Deliver(client.SessionId, Click(button, "1", 1)),
            harness.Manager.Deliver(client.SessionId, Click(button, "2", 2)),
            harness.Manager.Deliver(client.SessionId, Click(button, "3", 3)),
            harness.Manager.Deliver(client.SessionId, Click(button, "3 again", 3)),
            harness.Manager.Deliver(client.SessionId, Click(button, "4", 4)),
        };
        await client.WaitForTextAsync("2");
        await client.SettleAsync();

        // Assert
        Assert.Equal(
            new[] { DeliveryOutcome.Accepted, DeliveryOutcome.Accepted, DeliveryOutcome.RateLimited, DeliveryOutcome.Duplicate, DeliveryOutcome.RateLimited },
            outcomes);
        Assert.Equal(new[] { "1", "2" }, clicks[client.SessionId]);
    }

    [Fact]
    public async Task Deliver_NumberedAck_InvalidArgument()
    {
        // Arrange
        await using var harness = new SessionHarness(Apps(new()));
        var client = await harness.ConnectAsync();

        // Act
        var refused = Assert.Throws<RpcException>(() =>
            harness.Manager.Deliver(client.SessionId, new ClientMessage { Ack = new Ack { Epoch = 1, Seq = 1 }, InputSeq = 1 }));

        // Assert
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("input_seq", refused.Status.Detail, StringComparison.Ordinal);
    }

    private static Dictionary<string, Func<Page, Task>> Apps(ConcurrentDictionary<string, ConcurrentQueue<string>> clicks) => new()
    {
        ["app"] = page =>
        {
            var handled = clicks.GetOrAdd(page.SessionId, _ => new ConcurrentQueue<string>());
            var count = new Text("0");
            page.Add(count, new ElevatedButton("count")
            {
                OnClick = e =>
                {
                    handled.Enqueue(e.Data);
                    count.Value = handled.Count.ToString(CultureInfo.InvariantCulture);
                },
            });
            return Task.CompletedTask;
        },
    };

    private static ClientMessage Click(ulong controlId, string data, ulong seq) =>
        new() { Event = new Protocol.V1.ControlEvent { ControlId = controlId, Name = "click", Data = data }, InputSeq = seq };
}
