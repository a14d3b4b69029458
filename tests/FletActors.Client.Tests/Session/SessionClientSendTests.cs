using FletActors.Client.Tests.Support;
using FletActors.Protocol.V1;
using static FletActors.Client.Tests.Support.Patches;

namespace FletActors.Client.Tests.Session;

public sealed class SessionClientSendTests
{
    private static readonly TimeSpan Deadline = SessionHarness.Deadline;

    [Fact]
    public async Task ClickAsync_Control_SendsClickEvent()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var (server, _) = await harness.StartAsync();

        // Act
        await harness.Client.ClickAsync(7);
        await harness.Client.SendEventAsync(8, "submit", "done");

        // Assert
        Assert.Equal(new Protocol.V1.ControlEvent { ControlId = 7, Name = "click" }, (await server.NextAsync()).Event);
        Assert.Equal(new Protocol.V1.ControlEvent { ControlId = 8, Name = "submit", Data = "done" }, (await server.NextAsync()).Event);
    }

    [Fact]
    public async Task TypeTextAsync_TextField_SendsWriteBackThenChangeAndUpdatesMirror()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1, Node(3, "textfield", "controls")));

        // Act
        await harness.Client.TypeTextAsync(3, "Ada");

        // Assert
        var writeBack = (await server.NextAsync()).WriteBack;
        Assert.Equal(new ValueWriteBack { ControlId = 3, Prop = "value", Value = Str("Ada") }, writeBack);
        Assert.Equal(new Protocol.V1.ControlEvent { ControlId = 3, Name = "change", Data = "Ada" }, (await server.NextAsync()).Event);
        Assert.Equal("Ada", harness.Client.Inspect(t => t.Get(3).GetString("value")));
    }

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public async Task ChangeValueAsync_Bool_SendsChangeDataAsInvariantText(bool value, string data)
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1, Node(3, "checkbox", "controls")));

        // Act
        await harness.Client.ChangeValueAsync(3, new PropValue { BoolValue = value });

        // Assert
        Assert.Equal(ClientMessage.KindOneofCase.WriteBack, (await server.NextAsync()).KindCase);
        Assert.Equal(data, (await server.NextAsync()).Event.Data);
        Assert.Equal(value, harness.Client.Inspect(t => t.Get(3).GetBool("value")));
    }

    [Fact]
    public async Task ChangeValueAsync_Number_SendsInvariantNumber()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1, Node(3, "slider", "controls")));

        // Act
        await harness.Client.ChangeValueAsync(3, new PropValue { NumberValue = 0.25 });

        // Assert
        await server.NextAsync();
        Assert.Equal("0.25", (await server.NextAsync()).Event.Data);
    }

    [Fact]
    public async Task PageEvents_Sent_ArriveInOrder()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var (server, _) = await harness.StartAsync();

        // Act
        await harness.Client.ResizeAsync(1024, 768);
        await harness.Client.ChangeRouteAsync("/settings");
        await harness.Client.PopViewAsync("/settings");
        await harness.Client.ReportErrorAsync("renderer failed");

        // Assert
        Assert.Equal(new Resize { Width = 1024, Height = 768 }, (await server.NextAsync()).PageEvent.Resize);
        Assert.Equal("/settings", (await server.NextAsync()).PageEvent.RouteChange.Route);
        Assert.Equal("/settings", (await server.NextAsync()).PageEvent.ViewPop.Route);
        Assert.Equal("renderer failed", (await server.NextAsync()).PageEvent.ClientError.Message);
    }

    [Fact]
    public async Task PressKeyAsync_KeyAndModifiers_SendsKeyboardPageEvent()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var (server, _) = await harness.StartAsync();

        // Act
        await harness.Client.PressKeyAsync("Arrow Down", KeyModifiers.Shift | KeyModifiers.Meta);
        await harness.Client.PressKeyAsync(" ");

        // Assert
        Assert.Equal(new Keyboard { Key = "Arrow Down", Shift = true, Meta = true }, (await server.NextAsync()).PageEvent.Keyboard);
        Assert.Equal(new Keyboard { Key = " " }, (await server.NextAsync()).PageEvent.Keyboard);
    }

    [Fact]
    public async Task PressKeyAsync_NoKey_ThrowsAndSendsNothing()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var (server, _) = await harness.StartAsync();

        // Act
        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.PressKeyAsync(string.Empty).AsTask());
        await harness.Client.ReportErrorAsync("next");

        // Assert
        Assert.Equal("next", (await server.NextAsync()).PageEvent.ClientError.Message);
    }

    [Fact]
    public async Task MethodCall_WithHandler_AnswersWithResult()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        harness.Client.MethodHandler = (call, _) =>
            ValueTask.FromResult<PropValue?>(new PropValue { StringValue = $"{call.Method} on {call.ControlId}" });
        var (server, _) = await harness.StartAsync();

        // Act
        server.Send(new ServerMessage { MethodCall = new MethodCall { CallId = 5, ControlId = 3, Method = "focus" } });
        var result = (await server.NextSkippingAcksAsync()).MethodResult;

        // Assert
        Assert.Equal(new MethodResult { CallId = 5, Result = Str("focus on 3") }, result);
        Assert.Single(harness.Client.MethodCalls);
    }

    [Fact]
    public async Task MethodCall_HandlerThrows_AnswersWithError()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        harness.Client.MethodHandler = (_, _) => throw new InvalidOperationException("cannot scroll");
        var (server, _) = await harness.StartAsync();

        // Act
        server.Send(new ServerMessage { MethodCall = new MethodCall { CallId = 6, ControlId = 3, Method = "scroll_to" } });
        var result = (await server.NextSkippingAcksAsync()).MethodResult;

        // Assert
        Assert.Equal(6UL, result.CallId);
        Assert.Equal("cannot scroll", result.Error);
    }

    [Fact]
    public async Task MethodCall_WithoutHandler_AnswersUnsupported()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var (server, _) = await harness.StartAsync();

        // Act
        server.Send(new ServerMessage { MethodCall = new MethodCall { CallId = 7, ControlId = 1, Method = "launch_url" } });
        var result = (await server.NextSkippingAcksAsync()).MethodResult;

        // Assert
        Assert.Contains("launch_url", result.Error, StringComparison.Ordinal);
        Assert.Null(result.Result);
    }

    [Fact]
    public async Task ErrorReport_FromServer_IsListedAndRaised()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var raised = new TaskCompletionSource<ErrorReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Client.ErrorReported += (_, report) => raised.TrySetResult(report);
        var (server, _) = await harness.StartAsync();
        var report = new ErrorReport { Code = ErrorCode.HandlerFailed, Message = "boom", ControlId = 4 };

        // Act
        server.Send(new ServerMessage { Error = report });

        // Assert
        Assert.Equal(report, await raised.Task.WaitAsync(Deadline));
        Assert.Equal([report], harness.Client.Errors);
        Assert.Equal(SessionClientState.Connected, harness.Client.State);
    }

    [Fact]
    public async Task SessionClosed_ByApp_StopsClientAndFailsLaterSendsAndWaits()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var (server, _) = await harness.StartAsync();
        var closing = new SessionClosed { Reason = SessionClosed.Types.Reason.ClosedByApp, Message = "bye" };

        // Act
        server.Send(new ServerMessage { Closed = closing });
        await harness.Client.Completion.WaitAsync(Deadline);

        // Assert
        Assert.Equal(SessionClientState.Closed, harness.Client.State);
        Assert.Equal(closing, harness.Client.ClosedBy);
        Assert.Equal(1, harness.Connector.Attempts);
        await Assert.ThrowsAsync<SessionClientException>(() => harness.Client.ClickAsync(3).AsTask());
        await Assert.ThrowsAsync<SessionClientException>(() => harness.Client.WaitForAsync(t => t.Count > 5, Deadline));
    }

    [Fact]
    public async Task WaitForAsync_SessionClosesWhileWaiting_FailsTheWait()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var (server, _) = await harness.StartAsync();
        var waiting = harness.Client.WaitForAsync(t => t.FindByText("never") is not null, Deadline);

        // Act
        server.Send(new ServerMessage { Closed = new SessionClosed { Reason = SessionClosed.Types.Reason.ServerShutdown } });

        // Assert
        await Assert.ThrowsAsync<SessionClientException>(() => waiting);
    }
}
