using FletActors.Protocol.V1;
using FletActors.Server.Tests.Support;

namespace FletActors.Server.Tests.Sessions;

public sealed class MethodCallTests
{
    [Fact]
    public async Task LaunchUrl_ClientAnswers_CallArrivesAfterTheChangesAndItsResultIsAccepted()
    {
        // Arrange
        await using var harness = SessionHarness.For(page => page.Add(new ElevatedButton("go")
        {
            OnClick = _ =>
            {
                page.Add(new Text("leaving"));
                page.LaunchUrl("/apps/counter");
            },
        }));
        var client = await harness.ConnectAsync();

        // Act
        await client.ClickAsync("go");
        await client.Client.WaitForAsync(_ => client.Client.MethodCalls.Count > 0, TestTimeouts.Condition);
        await client.SettleAsync();

        // Assert
        var sent = client.Connector.Current.SentMessages;
        var callAt = sent.ToList().FindIndex(m => m.KindCase == ServerMessage.KindOneofCase.MethodCall);
        var call = sent[callAt].MethodCall;
        Assert.Equal(("launch_url", 1UL, "/apps/counter"), (call.Method, call.ControlId, call.Args.Single(a => a.Name == "url").Value.StringValue));
        Assert.Contains(sent.Take(callAt), m => m.Patch?.Ops.Any(op => op.Add?.Node.Props.Any(p => p.Value.StringValue == "leaving") == true) == true);
        Assert.Empty(client.Errors);
    }
}
