using Akka.Actor;

namespace FletActors.Sessions;

/// <summary>
/// Where the sessions of a <see cref="SessionManager"/> live and how they are named: a local supervisor for a plain
/// actor system, the session shard region for a cluster node. The manager keeps its own fast path to the session
/// actors it spawned; the home only names new sessions and starts their actors.
/// </summary>
internal interface ISessionHome : IAsyncDisposable
{
    /// <summary>The id and resume token of a new session, in a place this node hosts.</summary>
    ValueTask<SessionCredentials> NewCredentialsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Starts the session actor <paramref name="sessionProps"/> under id <paramref name="sessionId"/>; completes with
    /// it. Client messages that reach the session from other nodes go through <paramref name="inbox"/>.
    /// </summary>
    Task<IActorRef> SpawnAsync(string sessionId, Props sessionProps, ISessionInbox inbox, CancellationToken cancellationToken);

    /// <summary>Sessions held by other nodes; null where there are none (no cluster).</summary>
    ISessionsElsewhere? Elsewhere { get; }

    /// <summary>The shard <paramref name="sessionId"/> lives in, for logs; null where sessions are not sharded.</summary>
    string? ShardOf(string sessionId) => null;

    /// <summary>Where sessions record what a restart on another node needs; null where there is no cluster.</summary>
    ISessionRecords? Records { get; }
}
