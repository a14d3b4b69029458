using FletActors.Protocol.V1;
using FletActors.Sessions;
using FletActors.Server.Tests.Support;

namespace FletActors.Server.Tests.Sessions;

public sealed class ControlLimitTests
{
    [Fact]
    public async Task Handler_AddingBeyondMaxControlsPerSession_ReportsToThatClientAndTheSessionGoesOn()
    {
        // Arrange: the page, its view, two buttons and a column already hold 5 of at most 7 controls.
        await using var harness = SessionHarness.For(page =>
        {
            var list = new Column();
            page.Add(
                new ElevatedButton("add three") { OnClick = _ => list.Controls.Add(new Row(new Text("x"), new Text("y"))) },
                new ElevatedButton("add one") { OnClick = _ => list.Controls.Add(new Text("one")) },
                list);
        }, new SessionOptions { MaxControlsPerSession = 7 });
        var client = await harness.ConnectAsync();
        var bystander = await harness.ConnectAsync();

        // Act
        await client.ClickAsync("add three");
        await client.Client.WaitForAsync(_ => client.Errors.Count > 0, TestTimeouts.Condition);
        await client.ClickAsync("add one");
        await client.WaitForTextAsync("one");
        await bystander.ClickAsync("add one");
        await bystander.WaitForTextAsync("one");

        // Assert
        var error = Assert.Single(client.Errors);
        Assert.Equal(ErrorCode.HandlerFailed, error.Code);
        Assert.Contains("FletActors:MaxControlsPerSession", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(client.Texts(), t => t is "x" or "y");
        Assert.Empty(bystander.Errors);
    }
}
