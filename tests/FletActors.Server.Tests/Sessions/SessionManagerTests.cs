using FletActors.Protocol.V1;
using FletActors.Sessions;
using FletActors.Server.Tests.Support;
using Grpc.Core;

namespace FletActors.Server.Tests.Sessions;

public sealed class SessionManagerTests
{
    [Fact]
    public async Task Start_NewSession_SessionStartedFirstThenOneResetBatchWithMainsPage()
    {
        // Arrange
        await using var harness = SessionHarness.For(page => page.Add(new Text("hello")),
            new SessionOptions { SessionTimeout = TimeSpan.FromSeconds(45), MaxUnackedBatches = 7 });
        var connection = new RecordingConnection();

        // Act
        var started = await harness.Manager.StartAsync(new Register { App = "app", Route = "/x", PageWidth = 10, PageHeight = 20 }, connection, CancellationToken.None);
        await connection.Count.WaitForAsync(2);

        // Assert
        Assert.Equal((false, 1UL, 45U, 7U), (started.Resumed, started.Epoch, started.SessionTimeoutSeconds, started.MaxUnackedBatches));
        Assert.Equal(started, connection.Messages[0].Started);
        var first = connection.Messages[1].Patch;
        Assert.Equal((1UL, 1UL, true), (first.Epoch, first.Seq, first.Reset));
        Assert.Contains(first.Ops, op => op.Add?.Node.Children.Any(c => c.Props.Any(p => p.Value.StringValue == "hello")) == true);
        Assert.Equal(1, harness.Manager.Count);
    }

    [Fact]
    public async Task Start_ManySessions_IdsAndTokensAreDistinctUrlSafeAndLong()
    {
        // Arrange
        await using var harness = SessionHarness.For(_ => { });

        // Act
        var started = new List<SessionStarted>();
        for (var i = 0; i < 20; i++)
        {
            started.Add(await harness.Manager.StartAsync(new Register(), new RecordingConnection(), CancellationToken.None));
        }

        // Assert
        var secrets = started.SelectMany(s => new[] { s.SessionId, s.ResumeToken }).ToList();
        Assert.Equal(secrets.Count, secrets.Distinct(StringComparer.Ordinal).Count());
        Assert.All(started, s => Assert.True(s.SessionId.Length >= 22 && s.ResumeToken.Length >= 43));
        Assert.All(secrets, s => Assert.Matches("^[A-Za-z0-9_-]+$", s));
    }

    [Fact]
    public async Task Start_UnknownApp_NotFound()
    {
        // Arrange
        await using var harness = SessionHarness.For(_ => { });

        // Act
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            harness.Manager.StartAsync(new Register { App = "nope" }, new RecordingConnection(), CancellationToken.None));

        // Assert
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
        Assert.Contains("nope", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(0, harness.Manager.Count);
    }

    [Fact]
    public async Task Start_MaxSessionsReached_ResourceExhaustedUntilOneCloses()
    {
        // Arrange
        await using var harness = SessionHarness.For(_ => { }, new SessionOptions { MaxSessions = 2 });
        var first = new RecordingConnection();
        var firstStarted = await harness.Manager.StartAsync(new Register(), first, CancellationToken.None);
        await harness.Manager.StartAsync(new Register(), new RecordingConnection(), CancellationToken.None);

        // Act
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            harness.Manager.StartAsync(new Register(), new RecordingConnection(), CancellationToken.None));

        // Assert
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Equal(2, harness.Manager.Count);
        Assert.NotNull(firstStarted.SessionId);
    }

    [Fact]
    public async Task Detach_OlderConnectionAfterResume_LeavesTheNewOneAttached()
    {
        // Arrange
        var disconnects = 0;
        await using var harness = SessionHarness.For(page => page.OnDisconnect = _ => Interlocked.Increment(ref disconnects));
        var old = new RecordingConnection();
        var started = await harness.Manager.StartAsync(new Register(), old, CancellationToken.None);
        var fresh = new RecordingConnection();
        await harness.Manager.ResumeAsync(new Resume { SessionId = started.SessionId, ResumeToken = started.ResumeToken, Epoch = 1, LastAppliedSeq = 1 }, fresh, CancellationToken.None);

        // Act
        harness.Manager.Detach(started.SessionId, old);
        await harness.Manager.InvokeAsync(started.SessionId, static () => { });

        // Assert
        Assert.Equal(0, disconnects);
        Assert.True(old.Completed);
        Assert.False(fresh.Completed);
        Assert.Equal(SessionClosed.Types.Reason.Replaced, old.Messages[^1].Closed.Reason);
    }
}
