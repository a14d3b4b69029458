using System.Threading.Channels;
using FletActors.Client.Tests.Support;
using FletActors.Protocol.V1;
using static FletActors.Client.Tests.Support.Patches;

namespace FletActors.Client.Tests.Session;

/// <summary>
/// A session whose node leaves the cluster: the client resumes at once and adopts the session the server started
/// again in its place. Only a cluster produces <see cref="SessionStarted.Restarted"/>, so the server is a scripted
/// SessionService on Grpc.AspNetCore (real gRPC over HTTP/2 on Kestrel).
/// </summary>
public sealed class SessionClientRestartTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    /// <summary>A backoff no test waits out: a reconnect within the deadline did not wait for it.</summary>
    private static readonly ReconnectOptions NoReconnectWithinTheTest = new()
    {
        InitialDelay = TimeSpan.FromMinutes(5),
        MaxDelay = TimeSpan.FromMinutes(5),
    };

    [Fact]
    public async Task NodeLeaving_ClientResumesAtOnceAndAdoptsTheRestartedSession()
    {
        // Arrange: call 1 serves a page and takes a click without confirming it, then its node leaves; call 2 answers
        // the resume with a new session started again, whose page has other controls
        var seen = Channel.CreateUnbounded<(int Call, ClientMessage Message)>();
        var leaving = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await KestrelSessionServer.StartAsync(async (number, call) =>
        {
            if (number == 1)
            {
                await seen.Writer.WriteAsync((1, await call.NextAsync()));
                await call.SendAsync(SessionHarness.StartedMessage(epoch: 1));
                await call.SendAsync(PageWith(1, 1, Node(3, "elevatedbutton", "controls")));
                await seen.Writer.WriteAsync((1, await call.NextAsync()));
                await seen.Writer.WriteAsync((1, await call.NextAsync()));
                await leaving.Task.WaitAsync(call.CallCancelled);
                await call.SendAsync(new ServerMessage
                {
                    Closed = new SessionClosed { Reason = SessionClosed.Types.Reason.NodeLeaving, Message = "node leaving" },
                });
                return;
            }

            await seen.Writer.WriteAsync((number, await call.NextAsync()));
            await call.SendAsync(new ServerMessage
            {
                Started = new SessionStarted
                {
                    SessionId = "s2", ResumeToken = "t2", Epoch = 1, Restarted = true, SessionTimeoutSeconds = 60, MaxUnackedBatches = 16,
                },
            });
            await call.SendAsync(PageWith(1, 1, Node(5, "elevatedbutton", "controls"), Text(6, "started again")));
            while (true)
            {
                await seen.Writer.WriteAsync((number, await call.NextAsync()));
            }
        });
        await using var client = SessionClient.Create(server.Address, new SessionClientOptions { Reconnect = NoReconnectWithinTheTest });
        var restarts = Channel.CreateUnbounded<SessionRestart>();
        client.Restarted += (_, restart) => restarts.Writer.TryWrite(restart);
        await client.StartAsync().WaitAsync(Deadline);
        await client.WaitForAsync(t => t.Find(3) is not null, Deadline);
        await client.ClickAsync(3);
        var firstCall = await NextAsync(seen, 3);

        // Act
        leaving.SetResult();
        var restart = await restarts.Reader.ReadAsync().AsTask().WaitAsync(Deadline);
        await client.WaitForAsync(t => t.FindByText("started again") is not null, Deadline);
        await client.ClickAsync(5);
        var secondCall = await NextAsync(seen, 3);

        // Assert: the click on the old page is dropped, the new session's inputs count from 1 (an ack and a click
        // may leave in either order)
        var firstClick = Assert.Single(firstCall, m => m.Message.KindCase == ClientMessage.KindOneofCase.Event).Message;
        Assert.Equal((1UL, 3UL), (firstClick.InputSeq, firstClick.Event.ControlId));
        Assert.All(secondCall, m => Assert.Equal(2, m.Call));
        var resume = secondCall[0].Message.Resume;
        Assert.Equal((1UL, 1UL, "s1", "t1"), (resume.Epoch, resume.LastAppliedSeq, resume.SessionId, resume.ResumeToken));
        Assert.Equal(new Ack { Epoch = 1, Seq = 1 }, Assert.Single(secondCall, m => m.Message.KindCase == ClientMessage.KindOneofCase.Ack).Message.Ack);
        var secondClick = Assert.Single(secondCall, m => m.Message.KindCase == ClientMessage.KindOneofCase.Event).Message;
        Assert.Equal((1UL, 5UL), (secondClick.InputSeq, secondClick.Event.ControlId));
        Assert.Equal(("s1", "s2"), (restart.PreviousSessionId, restart.SessionId));
        Assert.Equal("s2", client.SessionId);
        Assert.Null(client.Inspect(t => t.Find(3)));
        Assert.Equal(SessionClientState.Connected, client.State);
        Assert.Null(client.ClosedBy);
    }

    [Fact]
    public async Task NodeLeavingBeforeTheSessionStarted_ClientBacksOff()
    {
        // Arrange: a leaving node that refuses the resume itself must not be asked again in a tight loop
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1));
        var resumeAttempt = await harness.BreakAndReconnectAsync(server);
        Assert.Equal(ClientMessage.KindOneofCase.Resume, (await resumeAttempt.NextAsync()).KindCase);

        // Act
        resumeAttempt.Send(new ServerMessage { Closed = new SessionClosed { Reason = SessionClosed.Types.Reason.NodeLeaving } });
        var delay = await harness.Time.NextScheduledAsync();
        var attemptsDuringBackoff = harness.Connector.Attempts;
        harness.Time.Advance(delay);
        var next = await harness.Connector.AcceptAsync();

        // Assert
        Assert.Equal(SessionHarness.ExactBackoff.InitialDelay * SessionHarness.ExactBackoff.Multiplier, delay);
        Assert.Equal(2, attemptsDuringBackoff);
        Assert.Equal("s1", (await next.NextAsync()).Resume.SessionId);
    }

    [Fact]
    public async Task NodeLeavingAfterTheSessionStarted_ClientResumesWithoutWaiting()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1));

        // Act: the clock never moves, so a reconnect that waited for the backoff would never come
        server.Send(new ServerMessage { Closed = new SessionClosed { Reason = SessionClosed.Types.Reason.NodeLeaving } });
        var next = await harness.Connector.AcceptAsync();

        // Assert
        Assert.Equal(new Resume { SessionId = "s1", ResumeToken = "t1", Epoch = 1, LastAppliedSeq = 1, PageWidth = 1280, PageHeight = 720 },
            (await next.NextAsync()).Resume);
        Assert.Equal(2, harness.Connector.Attempts);
    }

    private static async Task<List<(int Call, ClientMessage Message)>> NextAsync(Channel<(int Call, ClientMessage Message)> seen, int count)
    {
        var messages = new List<(int, ClientMessage)>();
        for (var i = 0; i < count; i++)
        {
            messages.Add(await seen.Reader.ReadAsync().AsTask().WaitAsync(Deadline));
        }

        return messages;
    }
}
