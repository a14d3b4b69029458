using FletActors.Client;
using FletActors.Protocol.V1;
using FletActors.Sessions;
using FletActors.Server.Tests.Support;

namespace FletActors.Server.Tests.Sessions;

/// <summary>Key presses as session input: typed once on arrival, refused to that client when malformed, turns like any event.</summary>
public sealed class KeyboardInputTests
{
    [Fact]
    public async Task Key_LongerThanMaxKeyLength_InvalidValueToThatClientHandlerNotRunAndTheNextKeyArrives()
    {
        // Arrange
        var handled = 0;
        await using var harness = SessionHarness.For(page =>
        {
            var last = new Text("none");
            page.OnKeyboardEvent = e =>
            {
                Interlocked.Increment(ref handled);
                last.Value = e.Key;
            };
            page.Add(last);
        }, new SessionOptions { MaxKeyLength = 8 });
        var client = await harness.ConnectAsync();
        var bystander = await harness.ConnectAsync();

        // Act
        await client.SendAsync(c => c.PressKeyAsync("Arrow Down"));
        await client.Client.WaitForAsync(_ => client.Errors.Count > 0, TestTimeouts.Condition);
        var handledBeforeNextKey = Volatile.Read(ref handled);
        await client.SendAsync(c => c.PressKeyAsync("Enter"));
        await bystander.SendAsync(c => c.PressKeyAsync("Escape"));

        // Assert
        await client.WaitForTextAsync("Enter");
        await bystander.WaitForTextAsync("Escape");
        var error = Assert.Single(client.Errors);
        Assert.Equal((ErrorCode.InvalidValue, 0UL), (error.Code, error.ControlId));
        Assert.Contains("FletActors:MaxKeyLength", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, handledBeforeNextKey);
        Assert.Empty(bystander.Errors);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task KeyboardHandler_Throws_ReportedNamingThePageKeyboardHandlerAndTheSessionGoesOn(bool afterAwait)
    {
        // Arrange
        await using var harness = SessionHarness.For(page =>
        {
            var last = new Text("none");
            page.OnKeyboardEvent = async e =>
            {
                if (e.Key == "F13")
                {
                    if (afterAwait)
                    {
                        await Task.Yield();
                    }

                    throw new InvalidOperationException("no F13 here");
                }

                last.Value = $"{e.Key} shift={e.Shift}";
            };
            page.Add(last);
        });
        var client = await harness.ConnectAsync();

        // Act
        await client.SendAsync(c => c.PressKeyAsync("F13"));
        await client.Client.WaitForAsync(_ => client.Errors.Count > 0, TestTimeouts.Condition);
        await client.SendAsync(c => c.PressKeyAsync("B", KeyModifiers.Shift));

        // Assert
        await client.WaitForTextAsync("B shift=True");
        var error = Assert.Single(client.Errors);
        Assert.Equal(ErrorCode.HandlerFailed, error.Code);
        Assert.Contains("no F13 here", error.Message, StringComparison.Ordinal);
        Assert.Contains("keyboard_event", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_PageWithoutHandler_NoErrorAndNothingChanges()
    {
        // Arrange: a key can cross the app removing its handler; it is dropped quietly
        await using var harness = SessionHarness.For(page =>
        {
            var count = new Text("0");
            var clicks = 0;
            page.Add(count, new ElevatedButton("count") { OnClick = _ => count.Value = $"{++clicks}" });
        });
        var client = await harness.ConnectAsync();

        // Act
        await client.SendAsync(c => c.PressKeyAsync("A"));
        await client.ClickAsync("count");

        // Assert
        await client.WaitForTextAsync("1");
        Assert.Empty(client.Errors);
        Assert.DoesNotContain("on_keyboard_event", client.Dump(), StringComparison.Ordinal);
    }
}
