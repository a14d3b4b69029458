using FletActors.Client.Tests.Support;
using FletActors.Protocol.V1;
using static FletActors.Client.Tests.Support.Patches;

namespace FletActors.Client.Tests.Session;

/// <summary>Client inputs are numbered, kept until the server confirms them, and sent again after a broken connection.</summary>
public sealed class SessionClientInputTests
{
    private static readonly TimeSpan Deadline = SessionHarness.Deadline;

    [Fact]
    public async Task Inputs_Sent_NumberedFromOneAndForgottenOnceConfirmed()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var (server, _) = await harness.StartAsync();

        // Act
        await harness.Client.ClickAsync(7);
        await harness.Client.ResizeAsync(640, 480);
        await harness.Client.SendEventAsync(8, "submit", "done");
        var sent = new[] { await server.NextAsync(), await server.NextAsync(), await server.NextAsync() };
        server.Send(new ServerMessage { InputAck = new InputAck { LastInputSeq = 2 } });
        await harness.Client.WaitForAsync(_ => harness.Client.UnconfirmedInputCount == 1, Deadline);

        // Assert
        Assert.Equal(new ulong[] { 1, 2, 3 }, sent.Select(m => m.InputSeq));
        Assert.Equal(
            new[] { ClientMessage.KindOneofCase.Event, ClientMessage.KindOneofCase.PageEvent, ClientMessage.KindOneofCase.Event },
            sent.Select(m => m.KindCase));
    }

    [Fact]
    public async Task Resume_ServerTookSomeInputs_ResendsOnlyTheLaterOnesInOrderUnderTheirNumbers()
    {
        // Arrange: three clicks written; the connection breaks before any confirmation arrives
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1));
        for (ulong id = 11; id <= 13; id++)
        {
            await harness.Client.ClickAsync(id);
        }

        var written = new[] { await server.NextAsync(), await server.NextAsync(), await server.NextAsync() };
        var next = await harness.BreakAndReconnectAsync(server);
        Assert.Equal(ClientMessage.KindOneofCase.Resume, (await next.NextAsync()).KindCase);

        // Act: the session had taken the first click only
        next.Send(new ServerMessage { Started = new SessionStarted { SessionId = "s1", ResumeToken = "t1", Epoch = 1, Resumed = true, LastInputSeq = 1 } });
        var resent = new[] { await next.NextAsync(), await next.NextAsync() };
        await harness.Client.ClickAsync(14);
        var later = await next.NextAsync();

        // Assert
        Assert.Equal(new ulong[] { 1, 2, 3 }, written.Select(m => m.InputSeq));
        Assert.Equal(new[] { (12UL, 2UL), (13UL, 3UL) }, resent.Select(m => (m.Event.ControlId, m.InputSeq)));
        Assert.Equal((14UL, 4UL), (later.Event.ControlId, later.InputSeq));
        Assert.Equal(3, harness.Client.UnconfirmedInputCount);
    }

    [Fact]
    public async Task Send_BeyondMaxUnconfirmedInputs_ThrowsNamingTheLimitUntilTheServerConfirms()
    {
        // Arrange
        await using var harness = SessionHarness.Create(new SessionClientOptions { MaxUnconfirmedInputs = 2, Reconnect = SessionHarness.ExactBackoff });
        var (server, _) = await harness.StartAsync();
        await harness.Client.ClickAsync(1);
        await harness.Client.ClickAsync(2);

        // Act: the server confirms only what it has received, as a real one does
        var refused = await Assert.ThrowsAsync<SessionClientException>(() => harness.Client.ClickAsync(3).AsTask());
        var received = new List<ClientMessage> { await server.NextAsync(), await server.NextAsync() };
        server.Send(new ServerMessage { InputAck = new InputAck { LastInputSeq = 2 } });
        await harness.Client.WaitForAsync(_ => harness.Client.UnconfirmedInputCount == 0, Deadline);
        await harness.Client.ClickAsync(4);
        received.Add(await server.NextAsync());

        // Assert: the refused click took no number
        Assert.Contains("MaxUnconfirmedInputs", refused.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { (1UL, 1UL), (2UL, 2UL), (4UL, 3UL) }, received.Select(m => (m.Event.ControlId, m.InputSeq)));
    }

    [Fact]
    public async Task SessionRestarted_UnconfirmedInputGoesToTheNewSessionNumberedFromOne()
    {
        // Arrange: two clicks, the first confirmed
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1));
        await harness.Client.ClickAsync(21);
        await harness.Client.ClickAsync(22);
        await server.NextAsync();
        await server.NextAsync();
        server.Send(new ServerMessage { InputAck = new InputAck { LastInputSeq = 1 } });
        await harness.Client.WaitForAsync(_ => harness.Client.UnconfirmedInputCount == 1, Deadline);

        // Act
        server.Send(new ServerMessage { Closed = new SessionClosed { Reason = SessionClosed.Types.Reason.Restarted } });
        harness.Time.Advance(await harness.Time.NextScheduledAsync());
        var next = await harness.Connector.AcceptAsync();
        Assert.Equal(ClientMessage.KindOneofCase.Register, (await next.NextAsync()).KindCase);
        next.Send(SessionHarness.StartedMessage(sessionId: "s2"));
        var kept = await next.NextAsync();

        // Assert
        Assert.Equal((22UL, 1UL), (kept.Event.ControlId, kept.InputSeq));
    }
}
