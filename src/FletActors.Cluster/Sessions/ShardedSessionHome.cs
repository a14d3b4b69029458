using Akka.Actor;
using FletActors.Cluster.Hosting;
using FletActors.Cluster.Metrics;
using FletActors.Cluster.Remoting;
using FletActors.Cluster.Replication;
using FletActors.Cluster.Sharding;
using FletActors.Cluster.Tokens;
using FletActors.Sessions;
using Microsoft.Extensions.Logging;

namespace FletActors.Cluster.Sessions;

/// <summary>
/// Sessions as entities of the session shard region, on one node or many alike. A new session's id names one of the
/// shards this node claimed at start (<see cref="ShardClaims"/>), so sharding creates its entity here and the manager
/// keeps direct, local references to it; its resume token is an HMAC under the cluster secret, checkable on any node.
/// Each session's record (app, route, Page.Session values) is replicated in DistributedData, so that its app starts
/// again on another node when this one is lost; records outlive a removed node by <paramref name="sessionTimeout"/>.
/// </summary>
internal sealed class ShardedSessionHome(ClusterNodeOptions options, ClusterSecret secret, TimeSpan sessionTimeout) : ISessionHome
{
    /// <summary>The longest wait for one shard probe or region query while claiming shards (the cluster may still be forming).</summary>
    public static readonly TimeSpan ClaimAskTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait for sharding to start a new session's entity in a local shard.</summary>
    public static readonly TimeSpan SpawnTimeout = TimeSpan.FromSeconds(10);

    private readonly TaskCompletionSource<IReadOnlyList<string>> claimed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SessionIdFactory ids = new(options.ShardCount);
    private IActorRef region = ActorRefs.Nobody;
    private SessionsElsewhere? elsewhere;
    private ReplicatedSessionRecords? records;

    /// <summary>Issues and checks resume tokens under the cluster secret.</summary>
    public ResumeTokens Tokens { get; } = new(secret);

    /// <summary>The session shard region, once <see cref="StartAsync"/> has run.</summary>
    public IActorRef Region => region;

    /// <summary>The shards this node claimed; completes when <see cref="StartAsync"/> has claimed them.</summary>
    public Task<IReadOnlyList<string>> LocalShards => claimed.Task;

    public ISessionsElsewhere? Elsewhere => Volatile.Read(ref elsewhere);

    public string? ShardOf(string sessionId) =>
        SessionIdFormat.TryReadShard(sessionId, options.ShardCount, out _) ? sessionId[..SessionIdFormat.ShardDigits] : null;

    public ISessionRecords? Records => Volatile.Read(ref records);

    /// <summary>
    /// Starts replicating session records, claims this node's shards through <paramref name="sessionRegion"/> (new
    /// sessions wait for it) and starts forwarding calls for other nodes' sessions.
    /// </summary>
    public async Task StartAsync(ActorSystem system, IActorRef sessionRegion, ClusterMetrics metrics, ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(sessionRegion);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        region = sessionRegion;
        var owners = new ShardOwners(Akka.Cluster.Cluster.Get(system));
        system.ActorOf(ShardDirectory.Props(sessionRegion, owners, metrics), "session-shard-directory");
        Volatile.Write(ref records, ReplicatedSessionRecords.Start(system, options, sessionTimeout, owners,
            loggerFactory.CreateLogger("FletActors.Cluster.Replication")));
        Volatile.Write(ref elsewhere, new SessionsElsewhere(system, sessionRegion, Tokens, options.ShardCount, options.ForwardTimeout, owners, metrics));
        try
        {
            var shards = await ShardClaims.ClaimAsync(sessionRegion, options.ShardCount, options.ClaimedShards,
                ClaimAskTimeout, cancellationToken).ConfigureAwait(false);
            if (shards.Count == 0)
            {
                throw new InvalidOperationException("This node could not claim any session shard; every shard is held by another node.");
            }

            claimed.TrySetResult(shards);
        }
        catch (Exception e)
        {
            claimed.TrySetException(e);
            throw;
        }
    }

    public async ValueTask<SessionCredentials> NewCredentialsAsync(CancellationToken cancellationToken)
    {
        var shards = await claimed.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        var sessionId = ids.NewId(shards, []);
        return SessionCredentials.Of(sessionId, Tokens.Issue(sessionId));
    }

    public Task<IActorRef> SpawnAsync(string sessionId, Props sessionProps, ISessionInbox inbox, CancellationToken cancellationToken)
    {
        var spawned = new TaskCompletionSource<IActorRef>(TaskCreationOptions.RunContinuationsAsynchronously);
        region.Tell(new SessionEnvelope(sessionId, new CreateSessionEntity(sessionProps, inbox, spawned)), ActorRefs.NoSender);
        return spawned.Task.WaitAsync(SpawnTimeout, cancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
