using FletActors.Cluster.Sharding;
using FletActors.Cluster.Tokens;
using Grpc.Core;
using FletActors.Protocol.V1;

namespace FletActors.Server.Tests.Transport;

/// <summary>The embedded server is a one-node cluster: sessions are sharded entities named and signed the cluster's way.</summary>
public sealed class ShardedSessionTests
{
    private const string Secret = "sharded-session-test-secret-32-chars-long";
    private const int DefaultShardCount = 100;

    [Fact]
    public async Task Register_EmbeddedServer_IdNamesAShardAndTokenIsSignedWithTheClusterSecret()
    {
        // Arrange
        await using var server = await StartAsync();

        // Act
        using var session = await RawSession.RegisterAsync(server.Channel);

        // Assert
        var started = session.Started!;
        Assert.True(SessionIdFormat.TryReadShard(started.SessionId, DefaultShardCount, out _), started.SessionId);
        Assert.Equal(ResumeTokenVerdict.Valid, new ResumeTokens(new ClusterSecret(Secret)).Verify(started.SessionId, started.ResumeToken));
    }

    [Fact]
    public async Task Resume_SignedIdOfASessionNeverCreated_IsSessionGoneAndStartsNoTwin()
    {
        // Arrange: a well-formed id with a valid token, so only sharding can tell that no such session lives.
        await using var server = await StartAsync();
        using var live = await RawSession.RegisterAsync(server.Channel);
        var shard = live.Started!.SessionId[..SessionIdFormat.ShardDigits];
        var neverCreated = SessionIdFormat.Create(int.Parse(shard, System.Globalization.NumberStyles.HexNumber,
            System.Globalization.CultureInfo.InvariantCulture), new byte[SessionIdFormat.RandomBytes]);
        var token = new ResumeTokens(new ClusterSecret(Secret)).Issue(neverCreated);
        using var session = RawSession.Open(server.Channel);

        // Act
        await session.SendAsync(new ClientMessage { Resume = new Resume { SessionId = neverCreated, ResumeToken = token } });
        var status = await session.ReadToEndAsync();

        // Assert
        Assert.Equal(StatusCode.NotFound, status.StatusCode);
        Assert.Equal("session not found or expired; register again", status.Detail);
        Assert.Empty(session.Received);
        Assert.Equal(1, server.Server.SessionCount);
    }

    [Fact]
    public async Task Resume_WellFormedIdWithAForgedToken_IsPermissionDenied()
    {
        // Arrange
        await using var server = await StartAsync();
        var id = SessionIdFormat.Create(0, new byte[SessionIdFormat.RandomBytes]);
        var forged = new ResumeTokens(new ClusterSecret("another-secret-that-is-32-characters-long")).Issue(id);
        using var session = RawSession.Open(server.Channel);

        // Act
        await session.SendAsync(new ClientMessage { Resume = new Resume { SessionId = id, ResumeToken = forged } });
        var status = await session.ReadToEndAsync();

        // Assert
        Assert.Equal(StatusCode.PermissionDenied, status.StatusCode);
    }

    private static Task<LiveServer> StartAsync() =>
        LiveServer.StartAsync(b => b.AddApp("hello", HelloApp.Create(HelloApp.DefaultDelay)),
            args: [$"--FletActors:Cluster:ClusterSecret={Secret}"]);
}
