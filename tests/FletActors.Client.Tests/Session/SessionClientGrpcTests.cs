using System.Threading.Channels;
using FletActors.Client.Tests.Support;
using FletActors.Protocol.V1;
using static FletActors.Client.Tests.Support.Patches;

namespace FletActors.Client.Tests.Session;

public sealed class SessionClientGrpcTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task SessionClient_OverRealGrpc_ClicksSeesPatchAndResumesAfterTheCallBreaks()
    {
        // Arrange: call 1 starts the session, serves one click, then fails; call 2 must be a resume, whose
        // SessionStarted says the click was taken, so it is not sent again
        var seen = Channel.CreateUnbounded<ClientMessage>();
        await using var server = await KestrelSessionServer.StartAsync(async (number, call) =>
        {
            if (number == 1)
            {
                await seen.Writer.WriteAsync(await call.NextAsync());
                await call.SendAsync(SessionHarness.StartedMessage(epoch: 1));
                await call.SendAsync(PageWith(1, 1, Node(3, "elevatedbutton", "controls")));
                await seen.Writer.WriteAsync(await call.NextAsync());
                await seen.Writer.WriteAsync(await call.NextAsync());
                await call.SendAsync(Batch(1, 2, Add(2, "controls", 1, Text(4, "Hello!"))));
                await seen.Writer.WriteAsync(await call.NextAsync());
                throw new InvalidOperationException("the node went away");
            }

            await seen.Writer.WriteAsync(await call.NextAsync());
            await call.SendAsync(new ServerMessage { Started = new SessionStarted { SessionId = "s1", ResumeToken = "t1", Epoch = 1, Resumed = true, LastInputSeq = 1 } });
            await call.SendAsync(Batch(1, 3, Set(4, "value", Str("Hello again!"))));
            await seen.Writer.WriteAsync(await call.NextAsync());
            await Task.Delay(Timeout.Infinite, call.CallCancelled);
        });
        await using var client = SessionClient.Create(server.Address, new SessionClientOptions
        {
            Reconnect = new ReconnectOptions { InitialDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200) },
        });

        // Act
        await client.StartAsync().WaitAsync(Deadline);
        var button = await client.WaitForAsync(t => t.FindByType("elevatedbutton"), Deadline);
        await client.ClickAsync(button.Id);
        await client.WaitForAsync(t => t.FindByText("Hello!") is not null, Deadline);
        await client.WaitForAsync(t => t.FindByText("Hello again!") is not null, Deadline);

        // Assert
        var messages = new List<ClientMessage>();
        for (var i = 0; i < 6; i++)
        {
            messages.Add(await seen.Reader.ReadAsync().AsTask().WaitAsync(Deadline));
        }

        Assert.Equal("dotnet", messages[0].Register.Platform);
        Assert.Equal(new Ack { Epoch = 1, Seq = 1 }, messages[1].Ack);
        Assert.Equal((new Protocol.V1.ControlEvent { ControlId = 3, Name = "click" }, 1UL), (messages[2].Event, messages[2].InputSeq));
        Assert.Equal(new Ack { Epoch = 1, Seq = 2 }, messages[3].Ack);
        Assert.Equal((1UL, 2UL, "s1", "t1"), (messages[4].Resume.Epoch, messages[4].Resume.LastAppliedSeq, messages[4].Resume.SessionId, messages[4].Resume.ResumeToken));
        Assert.Equal(new Ack { Epoch = 1, Seq = 3 }, messages[5].Ack);
    }
}
