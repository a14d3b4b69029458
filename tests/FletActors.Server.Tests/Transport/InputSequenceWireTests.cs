using FletActors.Testing;
using FletActors.Server.Tests.Support;
using FletActors.Client;
using FletActors.Protocol.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// Numbered client inputs over the real wire: a gap ends the Connect stream with ABORTED, a repeated Send runs
/// nothing twice, and the .NET client whose connection is cut in the middle of a burst of clicks gets every click
/// handled exactly once, in order.
/// </summary>
public sealed class InputSequenceWireTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Connect_InputSeqGap_StreamEndsAbortedNamingExpectedAndGapNeverRuns()
    {
        // Arrange
        var ledger = new ClickLedgerApp();
        await using var server = await LiveServer.StartAsync(b => b.AddApp("ledger", ledger.Main));
        using var session = await RawSession.RegisterAsync(server.Channel, "ledger");
        var button = await session.WaitForAsync(t => t.FindByText(ClickLedgerApp.ButtonText));

        // Act
        await session.SendAsync(Click(button.Id, "1", 1));
        await session.SendAsync(Click(button.Id, "3", 3));
        var status = await session.ReadToEndAsync(Patience);
        await Awaiting.ConditionAsync(() => ledger.Count == 1, Patience, "the first click ran");

        // Assert
        Assert.Equal(StatusCode.Aborted, status.StatusCode);
        Assert.Contains("expected input_seq 2", status.Detail, StringComparison.Ordinal);
        Assert.Equal(new[] { "1" }, ledger.Clicks);
    }

    [Fact]
    public async Task Send_RepeatedWithTheSameNumbers_OkAndEachClickRunsOnceThenConfirmed()
    {
        // Arrange
        var ledger = new ClickLedgerApp();
        await using var server = await LiveServer.StartAsync(b => b.AddApp("ledger", ledger.Main));
        using var http = new HttpClient();
        using var open = await GrpcWebCall.OpenAsync(http, server.HttpUrl, new OpenRequest { Register = new Register { App = "ledger" } }, text: false);
        var started = (await open.ReadUntilAsync(m => m.Started is not null, Patience)).Started;
        var tree = new ClientTree();
        PatchApplier.Apply(tree, (await open.ReadUntilAsync(m => m.Patch is not null, Patience)).Patch);
        var button = tree.FindByText(ClickLedgerApp.ButtonText) ?? throw new InvalidOperationException(tree.Dump());
        var first = Send(started, Click(button.Id, "1", 1), Click(button.Id, "2", 2));

        // Act: the first Send's outcome was "unknown" to the browser, so it repeats it, then sends the next input
        var statuses = new[]
        {
            await GrpcWebCall.SendAsync(http, server.HttpUrl, first, text: false),
            await GrpcWebCall.SendAsync(http, server.HttpUrl, first, text: false),
            await GrpcWebCall.SendAsync(http, server.HttpUrl, Send(started, Click(button.Id, "3", 3)), text: false),
        };
        var confirmed = await open.ReadUntilAsync(m => m.InputAck?.LastInputSeq == 3, Patience);
        await Awaiting.ConditionAsync(() => ledger.Count >= 3, Patience, "the clicks ran");

        // Assert
        Assert.All(statuses, s => Assert.Equal(StatusCode.OK, s.StatusCode));
        Assert.Equal(new[] { "1", "2", "3" }, ledger.Clicks);
        Assert.Equal(3UL, confirmed.InputAck.LastInputSeq);
    }

    [Fact]
    public async Task SessionClient_ConnectionCutDuringClickBurst_EveryClickHandledExactlyOnceInOrder()
    {
        // Arrange: a client behind a proxy that can cut the connection; no rate limit in the way of the burst
        const int Clicks = 300;
        var ledger = new ClickLedgerApp();
        await using var server = await LiveServer.StartAsync(b => b.AddApp("ledger", ledger.Main),
            o => o with { Sessions = o.Sessions with { MaxEventsPerSecond = 100_000 } });
        await using var proxy = new TcpProxy(server.GrpcUrl);
        using var channel = GrpcChannel.ForAddress(proxy.Url);
        var connector = new RecordingConnector(channel);
        await using var client = RecordingConnector.CreateClient(connector, new SessionClientOptions
        {
            App = "ledger",
            Reconnect = new ReconnectOptions { InitialDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50), MaxConsecutiveFailures = null },
        });
        await client.StartAsync().WaitAsync(Patience);
        var button = await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.ButtonText), Patience);

        // Act: cut every connection as soon as the session has run a click of the first half, while the rest are
        // on the way; the second half is sent while the client reconnects
        for (var n = 1; n <= Clicks / 2; n++)
        {
            await client.SendEventAsync(button.Id, "click", ClickLedgerApp.Label(n));
        }

        await Awaiting.ConditionAsync(() => ledger.Count >= 1, Patience, "the session ran the first click");
        proxy.CutAll();
        for (var n = (Clicks / 2) + 1; n <= Clicks; n++)
        {
            await client.SendEventAsync(button.Id, "click", ClickLedgerApp.Label(n));
        }

        await Awaiting.ConditionAsync(() => connector.Starts.Count >= 2, Patience, "the client resumed after the cut");
        await Awaiting.ConditionAsync(() => client.UnconfirmedInputCount == 0, Patience, "the server confirmed every click");
        await client.WaitForAsync(t => t.FindByText(ClickLedgerApp.Label(Clicks)), Patience);

        // Assert: resumed (the cut really broke the stream), and the ledger holds every click exactly once, in order
        Assert.All(connector.Starts.Skip(1), s => Assert.True(s.Resumed));
        Assert.Equal(Enumerable.Range(1, Clicks).Select(ClickLedgerApp.Label), ledger.Clicks);
    }

    private static ClientMessage Click(ulong controlId, string data, ulong seq) =>
        new() { Event = new Protocol.V1.ControlEvent { ControlId = controlId, Name = "click", Data = data }, InputSeq = seq };

    private static SendRequest Send(SessionStarted started, params ClientMessage[] messages)
    {
        var request = new SendRequest { SessionId = started.SessionId, ResumeToken = started.ResumeToken };
        request.Messages.AddRange(messages);
        return request;
    }
}
