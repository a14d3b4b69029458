using FletActors.Client.Tests.Support;
using FletActors.Protocol.V1;
using Grpc.Core;
using static FletActors.Client.Tests.Support.Patches;

namespace FletActors.Client.Tests.Session;

/// <summary>What the client does when its Connect call ends with a gRPC status rather than a broken stream.</summary>
public sealed class SessionClientStatusTests
{
    private static readonly TimeSpan Deadline = SessionHarness.Deadline;

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.Internal)]
    [InlineData(StatusCode.Aborted)]
    [InlineData(StatusCode.ResourceExhausted)]
    public async Task PassingStatus_WithSession_BacksOffAndResumesTheSameSession(StatusCode code)
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1, Text(3, "kept")));

        // Act
        server.Fail(code, "passing trouble");
        var delay = await harness.Time.NextScheduledAsync();
        harness.Time.Advance(delay);
        var hello = await (await harness.Connector.AcceptAsync()).NextAsync();

        // Assert
        Assert.Equal(SessionHarness.ExactBackoff.InitialDelay, delay);
        Assert.Equal(("s1", 1UL), (hello.Resume?.SessionId, hello.Resume?.LastAppliedSeq));
        Assert.NotNull(harness.Client.Inspect(t => t.FindByText("kept")));
    }

    [Theory]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.PermissionDenied)]
    public async Task SessionRefusedOnResume_ClientRegistersANewSessionAndSendsTheKeptClickThere(StatusCode code)
    {
        // Arrange: the connection drops, the client clicks while away, and the resume is refused
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1, Text(3, "old session")));
        var resuming = await harness.BreakAndReconnectAsync(server);
        Assert.Equal(ClientMessage.KindOneofCase.Resume, (await resuming.NextAsync()).KindCase);
        await harness.Client.ClickAsync(3);

        // Act
        resuming.Fail(code, "session not found or expired; register again");
        harness.Time.Advance(await harness.Time.NextScheduledAsync());
        var next = await harness.Connector.AcceptAsync();
        var hello = await next.NextAsync();
        next.Send(SessionHarness.StartedMessage(sessionId: "s2"));
        var click = await next.NextAsync();

        // Assert
        Assert.Equal(ClientMessage.KindOneofCase.Register, hello.KindCase);
        Assert.Equal((3UL, 1UL), (click.Event.ControlId, click.InputSeq));
        Assert.Equal("s2", harness.Client.SessionId);
        Assert.Null(harness.Client.Inspect(t => t.FindByText("old session")));
    }

    [Theory]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.PermissionDenied)]
    [InlineData(StatusCode.InvalidArgument)]
    [InlineData(StatusCode.Unimplemented)]
    [InlineData(StatusCode.Unauthenticated)]
    public async Task RegistrationRefused_StartAsyncFailsAtOnceWithTheStatus(StatusCode code)
    {
        // Arrange: retrying for ever would hide a refusal
        await using var harness = SessionHarness.Create(new SessionClientOptions
        {
            App = "no-such-app",
            Reconnect = SessionHarness.ExactBackoff with { MaxConsecutiveFailures = null },
        });
        var start = harness.Client.StartAsync();
        var server = await harness.Connector.AcceptAsync();
        Assert.Equal("no-such-app", (await server.NextAsync()).Register.App);

        // Act
        server.Fail(code, "refused");
        var error = await Assert.ThrowsAsync<SessionClientException>(() => start.WaitAsync(Deadline));

        // Assert
        Assert.Equal(code, Assert.IsType<RpcException>(error.InnerException).StatusCode);
        Assert.Equal(SessionClientState.Failed, harness.Client.State);
        await Assert.ThrowsAsync<SessionClientException>(() => harness.Client.Completion.WaitAsync(Deadline));
        Assert.Equal(1, harness.Connector.Attempts);
    }

    [Fact]
    public async Task StatusNoRetryCanFix_MidSession_ClientFails()
    {
        // Arrange
        await using var harness = SessionHarness.Create();
        var server = await harness.StartWithPageAsync(PageWith(1, 1));

        // Act
        server.Fail(StatusCode.InvalidArgument, "An Ack carries no input_seq");

        // Assert
        var error = await Assert.ThrowsAsync<SessionClientException>(() => harness.Client.Completion.WaitAsync(Deadline));
        Assert.Contains("InvalidArgument", error.Message, StringComparison.Ordinal);
        Assert.Equal(SessionClientState.Failed, harness.Client.State);
    }
}
