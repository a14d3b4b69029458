using FletActors.Protocol.V1;
using FletActors.Sessions;
using FletActors.Server.Tests.Support;
using Grpc.Core;

namespace FletActors.Server.Tests.Sessions;

public sealed class ClientTextTests
{
    [Fact]
    public void Quote_ShortText_QuotedWhole() => Assert.Equal("\"click\"", ClientText.Quote("click"));

    [Fact]
    public void Quote_LongText_PrefixAndLengthOnly()
    {
        var quoted = ClientText.Quote(new string('x', 32_768));

        Assert.StartsWith("\"" + new string('x', ClientText.MaxQuotedChars) + "…\"", quoted, StringComparison.Ordinal);
        Assert.EndsWith("(32768 characters)", quoted, StringComparison.Ordinal);
        Assert.True(quoted.Length < 100, quoted);
    }

    [Fact]
    public void Quote_CutInsideSurrogatePair_NeverSplitsIt()
    {
        var text = new string('a', ClientText.MaxQuotedChars - 1) + "😀" + new string('b', 10);

        var quoted = ClientText.Quote(text);

        Assert.DoesNotContain('\uD83D', quoted);
    }

    [Fact]
    public async Task Start_UnknownAppWithHugeName_NotFoundQuotingOnlyAPrefix()
    {
        // Arrange
        await using var harness = SessionHarness.For(_ => { });
        var name = new string('n', 32_768);

        // Act
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            harness.Manager.StartAsync(new Register { App = name }, new RecordingConnection(), CancellationToken.None));

        // Assert
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
        Assert.Contains("(32768 characters)", refused.Status.Detail, StringComparison.Ordinal);
        Assert.True(refused.Status.Detail.Length < 300, $"{refused.Status.Detail.Length} characters");
    }

    [Theory]
    [InlineData("event")]
    [InlineData("prop")]
    public async Task Input_NamingAHugeUnknownName_ReportedWithAShortMessageAndSessionGoesOn(string what)
    {
        // Arrange
        await using var harness = SessionHarness.For(page =>
        {
            var count = new Text("0");
            var clicks = 0;
            page.Add(new TextField { Value = "kept" }, count, new ElevatedButton("count") { OnClick = _ => count.Value = $"{++clicks}" });
        });
        var client = await harness.ConnectAsync();
        var buttonId = client.IdOf("count");
        var fieldId = client.Client.Inspect(t => t.FindByType("textfield")!.Id);
        var huge = new string('z', 4 * 1024 * 1024);
        var message = what == "event"
            ? new ClientMessage { Event = new Protocol.V1.ControlEvent { ControlId = buttonId, Name = huge } }
            : new ClientMessage { WriteBack = new ValueWriteBack { ControlId = fieldId, Prop = huge, Value = new PropValue { StringValue = "x" } } };

        // Act
        Assert.Equal(DeliveryOutcome.Accepted, harness.Manager.Deliver(client.SessionId, message));
        await client.Client.WaitForAsync(_ => client.Errors.Count > 0, TestTimeouts.Condition);
        await client.ClickAsync("count");

        // Assert
        var error = Assert.Single(client.Errors);
        Assert.Equal(what == "event" ? ErrorCode.UnknownEvent : ErrorCode.InvalidValue, error.Code);
        Assert.True(error.Message.Length < 300, $"{error.Message.Length} characters");
        await client.WaitForTextAsync("1");
    }
}
