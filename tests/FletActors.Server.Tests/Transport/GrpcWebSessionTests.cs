using FletActors.Client;
using FletActors.Protocol.V1;
using Grpc.Core;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// The browser's pair of calls over HTTP/1.1, binary and text: Open streams the session down, Send carries clicks
/// and acknowledgements up, tied by session id and resume token.
/// </summary>
public sealed class GrpcWebSessionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static TheoryData<bool> Modes => new() { false, true };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task OpenAndSend_RegisterClickAck_PatchAddsHelloOnOpenStream(bool text)
    {
        // Arrange
        await using var server = await LiveServer.StartAsync();
        using var http = new HttpClient();
        using var open = await GrpcWebCall.OpenAsync(http, server.HttpUrl, new OpenRequest { Register = new Register { Route = "/" } }, text);
        var started = (await open.ReadUntilAsync(m => m.Started is not null, Patience)).Started;
        var tree = new ClientTree();
        var reset = (await open.ReadUntilAsync(m => m.Patch is not null, Patience)).Patch;
        PatchApplier.Apply(tree, reset);
        var button = SessionProbes.Button(tree) ?? throw new InvalidOperationException(tree.Dump());

        // Act: acknowledge the reset and click in one Send, then read the patch on the Open stream.
        var send = Send(started, Ack(tree), SessionBadInputTests.Click(button.Id));
        var sendStatus = await GrpcWebCall.SendAsync(http, server.HttpUrl, send, text);
        var hello = (await open.ReadUntilAsync(m => m.Patch is not null, Patience)).Patch;
        PatchApplier.Apply(tree, hello);
        var ackStatus = await GrpcWebCall.SendAsync(http, server.HttpUrl, Send(started, Ack(tree)), text);

        // Assert
        Assert.Equal(new Version(1, 1), open.Response.Version);
        Assert.StartsWith(text ? GrpcWebCall.WebTextContentType : GrpcWebCall.WebContentType,
            open.Response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.False(started.Resumed);
        Assert.True(reset.Reset);
        Assert.Equal(StatusCode.OK, sendStatus.StatusCode);
        Assert.Equal(StatusCode.OK, ackStatus.StatusCode);
        Assert.Equal(reset.Seq + 1, hello.Seq);
        Assert.Equal(1, SessionProbes.Hellos(tree));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Open_ResumeAfterStreamDropped_ResendsMissedBatch(bool text)
    {
        // Arrange: the first Open stream is dropped after the reset; a click sent meanwhile makes a batch.
        await using var server = await LiveServer.StartAsync();
        using var http = new HttpClient();
        var tree = new ClientTree();
        SessionStarted started;
        using (var first = await GrpcWebCall.OpenAsync(http, server.HttpUrl, new OpenRequest { Register = new Register() }, text))
        {
            started = (await first.ReadUntilAsync(m => m.Started is not null, Patience)).Started;
            PatchApplier.Apply(tree, (await first.ReadUntilAsync(m => m.Patch is not null, Patience)).Patch);
        }

        var button = SessionProbes.Button(tree)!;
        Assert.Equal(StatusCode.OK, (await GrpcWebCall.SendAsync(http, server.HttpUrl, Send(started, SessionBadInputTests.Click(button.Id)), text)).StatusCode);

        // Act
        using var second = await GrpcWebCall.OpenAsync(http, server.HttpUrl, new OpenRequest
        {
            Resume = new Resume { SessionId = started.SessionId, ResumeToken = started.ResumeToken, Epoch = tree.Epoch, LastAppliedSeq = tree.LastAppliedSeq },
        }, text);
        var resumed = (await second.ReadUntilAsync(m => m.Started is not null, Patience)).Started;
        var missed = (await second.ReadUntilAsync(m => m.Patch is not null, Patience)).Patch;

        // Assert
        Assert.True(resumed.Resumed);
        Assert.Equal(BatchOutcome.Applied, PatchApplier.Apply(tree, missed));
        Assert.Equal(1, SessionProbes.Hellos(tree));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Send_WrongTokenOrUnknownSession_IsRefused(bool text)
    {
        // Arrange
        await using var server = await LiveServer.StartAsync();
        using var http = new HttpClient();
        using var open = await GrpcWebCall.OpenAsync(http, server.HttpUrl, new OpenRequest { Register = new Register() }, text);
        var started = (await open.ReadUntilAsync(m => m.Started is not null, Patience)).Started;

        // Act
        var wrongToken = await GrpcWebCall.SendAsync(http, server.HttpUrl,
            new SendRequest { SessionId = started.SessionId, ResumeToken = "not-the-token", Messages = { SessionBadInputTests.Click(2) } }, text);
        var unknown = await GrpcWebCall.SendAsync(http, server.HttpUrl,
            new SendRequest { SessionId = "no-such-session", ResumeToken = started.ResumeToken, Messages = { SessionBadInputTests.Click(2) } }, text);

        // Assert
        Assert.Equal(StatusCode.PermissionDenied, wrongToken.StatusCode);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Open_ResumeWithWrongToken_IsPermissionDeniedWithNoMessages(bool text)
    {
        // Arrange
        await using var server = await LiveServer.StartAsync();
        using var http = new HttpClient();
        using var owner = await GrpcWebCall.OpenAsync(http, server.HttpUrl, new OpenRequest { Register = new Register() }, text);
        var started = (await owner.ReadUntilAsync(m => m.Started is not null, Patience)).Started;

        // Act
        using var intruder = await GrpcWebCall.OpenAsync(http, server.HttpUrl, new OpenRequest
        {
            Resume = new Resume { SessionId = started.SessionId, ResumeToken = "not-the-token" },
        }, text);
        var first = await intruder.ReadAsync(Patience);

        // Assert
        Assert.Null(first);
        Assert.Equal(StatusCode.PermissionDenied, intruder.Status?.StatusCode);
        Assert.DoesNotContain(HelloApp.ButtonText, intruder.Status?.Detail, StringComparison.Ordinal);
    }

    private static ClientMessage Ack(ClientTree tree) => new() { Ack = new Ack { Epoch = tree.Epoch, Seq = tree.LastAppliedSeq } };

    private static SendRequest Send(SessionStarted started, params ClientMessage[] messages)
    {
        var request = new SendRequest { SessionId = started.SessionId, ResumeToken = started.ResumeToken };
        request.Messages.AddRange(messages);
        return request;
    }
}
