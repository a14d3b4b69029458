using System.Collections.Concurrent;
using Akka.Actor;
using FletActors.Cluster.Metrics;
using FletActors.Cluster.Sessions;
using FletActors.Cluster.Sharding;
using FletActors.Cluster.Tokens;
using Grpc.Core;
using Status = Grpc.Core.Status;
using FletActors.Protocol.V1;
using FletActors.Sessions;

namespace FletActors.Cluster.Remoting;

/// <summary>
/// Calls for sessions other nodes own, forwarded through the session shard region: a resume gets a
/// <see cref="ClientBridge"/> on this node for its stream, inputs are asked of the owner one by one (it numbers them
/// and answers the outcome). Tokens are checked here under the cluster secret, before anything crosses the network;
/// the caller's identity key goes with every call, for the owner to check against the session's user.
/// A call waits for the owner at most <paramref name="forwardTimeout"/>, and not at all once the owner is known lost.
/// </summary>
internal sealed class SessionsElsewhere(ActorSystem system, IActorRef region, ResumeTokens tokens, int shardCount,
    TimeSpan forwardTimeout, ShardOwners owners, ClusterMetrics metrics) : ISessionsElsewhere
{
    private readonly ConcurrentDictionary<IClientConnection, IActorRef> bridges = new();

    public bool IsSessionId(string sessionId) => SessionIdFormat.TryReadShard(sessionId, shardCount, out _);

    public bool IsValidToken(string sessionId, string? resumeToken) =>
        tokens.Verify(sessionId, resumeToken) is ResumeTokenVerdict.Valid or ResumeTokenVerdict.ValidUnderPreviousSecret;

    public async Task<SessionStarted> ResumeAsync(Resume resume, IClientConnection connection, string identityKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(connection);
        var bridge = system.ActorOf(ClientBridge.Props(connection, metrics));
        bridges[connection] = bridge;
        try
        {
            metrics.ResumeForwarded();
            return await AskOwnerAsync(resume.SessionId, new RemoteResume(resume, bridge, identityKey), cancellationToken).ConfigureAwait(false) switch
            {
                RemoteStarted started => started.Started,
                var answer => throw Refusal(answer),
            };
        }
        catch
        {
            Detach(connection);
            throw;
        }
    }

    public async Task<DeliveryOutcome> DeliverAsync(string sessionId, ClientMessage message, string identityKey,
        CancellationToken cancellationToken)
    {
        metrics.InputForwarded();
        return await AskOwnerAsync(sessionId, new RemoteInput(message, identityKey), cancellationToken).ConfigureAwait(false) switch
        {
            RemoteDelivered delivered => delivered.Outcome,
            var answer => throw Refusal(answer),
        };
    }

    public void Detach(IClientConnection connection)
    {
        if (bridges.TryRemove(connection, out var bridge))
        {
            system.Stop(bridge);
        }
    }

    private async Task<object> AskOwnerAsync(string sessionId, object payload, CancellationToken cancellationToken)
    {
        // A session whose node is lost is gone: say so at once instead of waiting for sharding, which holds the
        // call until the dead node is downed and removed, and say so as soon as the node is lost while the call waits.
        var ownerLost = owners.WhenOwnerLost(sessionId[..SessionIdFormat.ShardDigits]);
        if (ownerLost is { IsCompleted: true })
        {
            return new SessionGone(sessionId);
        }

        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var answer = region.Ask<object>(new SessionEnvelope(sessionId, payload), forwardTimeout, abandon.Token);
        if (ownerLost is not null && await Task.WhenAny(answer, ownerLost).ConfigureAwait(false) == ownerLost && !answer.IsCompleted)
        {
            await abandon.CancelAsync().ConfigureAwait(false);
            await answer.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return new SessionGone(sessionId);
        }

        try
        {
            return await answer.ConfigureAwait(false);
        }
        catch (AskTimeoutException)
        {
            throw new RpcException(new Status(StatusCode.Unavailable,
                "The node holding this session did not answer; register again if this persists."));
        }
    }

    private static RpcException Refusal(object answer) => answer switch
    {
        RemoteFailed failed => new RpcException(new Status((StatusCode)failed.StatusCode, failed.Message)),
        SessionGone => new RpcException(new Status(StatusCode.NotFound, "session not found or expired; register again")),
        _ => new RpcException(new Status(StatusCode.Internal, $"The session's node answered {answer.GetType().Name}.")),
    };
}
