using FletActors.Protocol.V1;
using FletActors.Sessions;
using FletActors.Server.Tests.Support;
using Grpc.Core;

namespace FletActors.Server.Tests.Sessions;

public sealed class BadInputTests : VirtualTimeTestKit
{
    [Theory]
    [InlineData("unknown control")]
    [InlineData("removed control")]
    [InlineData("unknown event")]
    [InlineData("wrong type")]
    [InlineData("not writable")]
    [InlineData("ack never sent")]
    [InlineData("method result")]
    public async Task BadInput_FromOneClient_ErrorToThatClientOnlyAndNothingChanges(string bad)
    {
        // Arrange
        var fields = new System.Collections.Concurrent.ConcurrentDictionary<string, TextField>();
        await using var harness = SessionHarness.For(page =>
        {
            var clicks = 0;
            var field = fields[page.SessionId] = new TextField { Value = "kept" };
            var count = new Text("0");
            var gone = new ElevatedButton("remove me");
            gone.OnClick = _ => page.Remove(gone);
            page.Add(field, gone, count, new ElevatedButton("count") { OnClick = _ => count.Value = $"{++clicks}" });
        });
        var client = await harness.ConnectAsync();
        var bystander = await harness.ConnectAsync();
        var field = fields[client.SessionId];
        var fieldId = client.Client.Inspect(t => t.FindByType("textfield")!.Id);
        var buttonId = client.IdOf("count");
        var removedId = client.IdOf("remove me");
        await client.ClickAsync("remove me");
        await client.SettleAsync();
        var before = client.Dump();
        var (message, code, controlId) = bad switch
        {
            "unknown control" => (Event(999, "click"), ErrorCode.UnknownControl, 999UL),
            "removed control" => (Event(removedId, "click"), ErrorCode.UnknownControl, removedId),
            "unknown event" => (Event(buttonId, "submit"), ErrorCode.UnknownEvent, buttonId),
            "wrong type" => (WriteBack(fieldId, "value", new PropValue { BoolValue = true }), ErrorCode.InvalidValue, fieldId),
            "not writable" => (WriteBack(fieldId, "label", new PropValue { StringValue = "x" }), ErrorCode.InvalidValue, fieldId),
            "ack never sent" => (new ClientMessage { Ack = new Ack { Epoch = 1, Seq = 99 } }, ErrorCode.Protocol, 0UL),
            _ => (new ClientMessage { MethodResult = new MethodResult { CallId = 5 } }, ErrorCode.Protocol, 0UL),
        };

        // Act
        Assert.Equal(DeliveryOutcome.Accepted, harness.Manager.Deliver(client.SessionId, message));
        await client.Client.WaitForAsync(_ => client.Errors.Count > 0, TestTimeouts.Condition);
        await client.SettleAsync();
        await bystander.ClickAsync("count");

        // Assert
        var error = Assert.Single(client.Errors);
        Assert.Equal((code, controlId), (error.Code, error.ControlId));
        Assert.NotEmpty(error.Message);
        Assert.Equal(before, client.Dump());
        await harness.Manager.InvokeAsync(client.SessionId, () => Assert.Equal("kept", field.Value));
        await bystander.WaitForTextAsync("1");
        Assert.Empty(bystander.Errors);
    }

    [Fact]
    public async Task EventFlood_BeyondRateLimit_RateLimitedWithOneNoticeWhileAnotherSessionAnswers()
    {
        // Arrange: virtual time that never moves, so the bucket never refills
        var handled = 0;
        await using var harness = SessionHarness.For(page =>
        {
            var count = new Text("0");
            page.Add(count, new ElevatedButton("count") { OnClick = _ => count.Value = $"{Interlocked.Increment(ref handled)}" });
        }, new SessionOptions { MaxEventsPerSecond = 5 }, Sys);
        var flooder = await harness.ConnectAsync();
        var other = await harness.ConnectAsync();
        var click = new ClientMessage { Event = new Protocol.V1.ControlEvent { ControlId = flooder.IdOf("count"), Name = "click" } };

        // Act
        var outcomes = Enumerable.Range(0, 40).Select(_ => harness.Manager.Deliver(flooder.SessionId, click)).ToList();
        var acks = Enumerable.Range(0, 5).Select(_ => harness.Manager.Deliver(flooder.SessionId, new ClientMessage { Ack = new Ack { Epoch = 1, Seq = 1 } })).ToList();
        await other.ClickAsync("count");
        await other.SettleAsync();
        await flooder.SettleAsync();

        // Assert: burst of twice the rate, then refused; acks are free; one notice; the other session is unaffected
        Assert.Equal(10, outcomes.Count(o => o == DeliveryOutcome.Accepted));
        Assert.Equal(30, outcomes.Count(o => o == DeliveryOutcome.RateLimited));
        Assert.All(acks, o => Assert.Equal(DeliveryOutcome.Accepted, o));
        var notice = Assert.Single(flooder.Errors);
        Assert.Equal(ErrorCode.LimitExceeded, notice.Code);
        Assert.Equal(11, handled);
        Assert.Empty(other.Errors);
    }

    [Fact]
    public async Task Deliver_RegisterOrUnknownSession_Refused()
    {
        // Arrange
        await using var harness = SessionHarness.For(_ => { });
        var client = await harness.ConnectAsync();

        // Act
        var register = Assert.Throws<RpcException>(() => harness.Manager.Deliver(client.SessionId, new ClientMessage { Register = new Register() }));
        var unknown = Assert.Throws<RpcException>(() => harness.Manager.Deliver("no-such-session", new ClientMessage { Ack = new Ack() }));

        // Assert
        Assert.Equal(StatusCode.InvalidArgument, register.StatusCode);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        await Awaiting.ConditionAsync(() => harness.Manager.Count == 1);
    }

    private static ClientMessage Event(ulong id, string name) =>
        new() { Event = new Protocol.V1.ControlEvent { ControlId = id, Name = name } };

    private static ClientMessage WriteBack(ulong id, string prop, PropValue value) =>
        new() { WriteBack = new ValueWriteBack { ControlId = id, Prop = prop, Value = value } };
}
