using System.Security.Claims;
using FletActors.Protocol.V1;
using FletActors.Server.Tests.Support;
using FletActors.Sessions;
using Grpc.Core;

namespace FletActors.Server.Tests.Sessions;

/// <summary>A session belongs to the user it started for: the page sees them, and no one else may resume or Send.</summary>
public sealed class SessionIdentityTests
{
    [Fact]
    public async Task Start_WithUserAndHeaders_PageSeesThemInMain()
    {
        // Arrange
        await using var harness = SessionHarness.For(page =>
            page.Add(new Text($"{page.User.Identity?.Name} {page.Headers.GetValueOrDefault("accept-language")}")));
        var connection = new RecordingConnection();

        // Act
        await harness.Manager.StartAsync(new Register(), connection,
            SessionIdentity.Of(User("ada"), [new("Accept-Language", "fr-CH")]), CancellationToken.None);
        await connection.Count.WaitForAsync(2);

        // Assert: the header is found whatever the case of its name
        Assert.Contains(connection.Messages[1].Patch.Ops,
            op => op.Add?.Node.Children.Any(c => c.Props.Any(p => p.Value.StringValue == "ada fr-CH")) == true);
    }

    [Fact]
    public async Task Start_Anonymous_PageUserIsNotAuthenticated()
    {
        // Arrange
        bool? authenticated = null;
        await using var harness = SessionHarness.For(page => authenticated = page.User.Identity?.IsAuthenticated);
        var connection = new RecordingConnection();

        // Act
        var started = await harness.Manager.StartAsync(new Register(), connection, CancellationToken.None);
        await harness.Manager.InvokeAsync(started.SessionId, static () => { });

        // Assert
        Assert.False(authenticated);
    }

    [Theory]
    [InlineData("grace", StatusCode.PermissionDenied)]
    [InlineData(null, StatusCode.Unauthenticated)]
    public async Task Resume_ByAnotherCaller_IsRefused(string? caller, StatusCode expected)
    {
        // Arrange
        await using var harness = SessionHarness.For(_ => { });
        var owner = SessionIdentity.Of(User("ada"), []);
        var started = await harness.Manager.StartAsync(new Register(), new RecordingConnection(), owner, CancellationToken.None);
        var resume = new Resume { SessionId = started.SessionId, ResumeToken = started.ResumeToken, Epoch = 1, LastAppliedSeq = 1 };
        var callerKey = SessionIdentity.KeyOf(caller is null ? new ClaimsPrincipal(new ClaimsIdentity()) : User(caller));

        // Act
        var refusal = await Assert.ThrowsAsync<RpcException>(() =>
            harness.Manager.ResumeAsync(resume, new RecordingConnection(), callerKey, admitRestart: null, CancellationToken.None));
        var sendRefusal = Assert.Throws<RpcException>(() =>
            harness.Manager.Authenticate(started.SessionId, started.ResumeToken, callerKey));

        // Assert
        Assert.Equal(expected, refusal.StatusCode);
        Assert.Equal(expected, sendRefusal.StatusCode);
    }

    [Theory]
    [InlineData("grace", StatusCode.PermissionDenied)]
    [InlineData(null, StatusCode.Unauthenticated)]
    public async Task Inbox_CallsForwardedFromAnotherNodeByAnotherCaller_RefusedAndTakeNoInputNumber(string? caller, StatusCode expected)
    {
        // Arrange: the owner's way in for a resume or an input that reached the session through another node
        await using var harness = SessionHarness.For(_ => { });
        var started = await harness.Manager.StartAsync(new Register(), new RecordingConnection(),
            SessionIdentity.Of(User("ada"), []), CancellationToken.None);
        ISessionInbox inbox = harness.Manager;
        var callerKey = SessionIdentity.KeyOf(caller is null ? new ClaimsPrincipal(new ClaimsIdentity()) : User(caller));
        var resize = new ClientMessage { PageEvent = new PageEvent { Resize = new Resize { Width = 900, Height = 600 } }, InputSeq = 1 };

        // Act
        var resumeRefusal = Assert.Throws<RpcException>(() => inbox.RequireSameUser(started.SessionId, callerKey));
        var inputRefusal = Assert.Throws<RpcException>(() => inbox.Deliver(started.SessionId, resize, callerKey));
        var owners = inbox.Deliver(started.SessionId, resize, SessionIdentity.KeyOf(User("ada")));

        // Assert: the refused input left number 1 free for the session's user
        Assert.Equal(expected, resumeRefusal.StatusCode);
        Assert.Equal(expected, inputRefusal.StatusCode);
        Assert.Equal(DeliveryOutcome.Accepted, owners);
    }

    [Fact]
    public async Task Resume_BySameUserSignedInAgain_Resumes()
    {
        // Arrange
        await using var harness = SessionHarness.For(_ => { });
        var started = await harness.Manager.StartAsync(new Register(), new RecordingConnection(),
            SessionIdentity.Of(User("ada"), []), CancellationToken.None);
        var resume = new Resume { SessionId = started.SessionId, ResumeToken = started.ResumeToken, Epoch = 1, LastAppliedSeq = 1 };

        // Act: a new principal object for the same user, as a later request's authentication makes it
        var resumed = await harness.Manager.ResumeAsync(resume, new RecordingConnection(), SessionIdentity.KeyOf(User("ada")), admitRestart: null,
            CancellationToken.None);

        // Assert
        Assert.True(resumed.Resumed);
    }

    private static ClaimsPrincipal User(string name) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, name), new Claim(ClaimTypes.Name, name)], "Cookies"));
}
