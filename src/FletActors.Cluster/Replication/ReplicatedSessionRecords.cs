using Akka.Actor;
using Akka.Cluster;
using Akka.DistributedData;
using FletActors.Cluster.Remoting;
using FletActors.Sessions;
using Microsoft.Extensions.Logging;

namespace FletActors.Cluster.Replication;

/// <summary>
/// Session records in Akka.DistributedData: written through this node's <see cref="SessionRecordKeeper"/>, read from
/// the local replica first and, when that has no record able to restart the session, from a majority of nodes
/// within <c>SessionRecordReadTimeoutSeconds</c>. A record restarts its session only when its node left (the
/// session closed saying so) or is lost (see <see cref="ShardOwners.IsNodeLost"/>); a session its live node still
/// holds, or closed normally, is never started twice.
/// </summary>
internal sealed class ReplicatedSessionRecords(ActorSystem system, IActorRef keeper, IActorRef replicator,
    SessionRecordKeys keys, SessionRecordCodec codec, ShardOwners owners, TimeSpan readTimeout, ILogger logger) : ISessionRecords
{
    // The replicator answers a majority read by its own timeout; the ask waits a little longer for that answer.
    private static readonly TimeSpan AnswerMargin = TimeSpan.FromSeconds(1);

    private readonly UniqueAddress self = Akka.Cluster.Cluster.Get(system).SelfUniqueAddress;

    /// <summary>
    /// Starts this node's <see cref="SessionRecordKeeper"/> on <paramref name="system"/>'s replicator, with the record
    /// limits and timeouts of <paramref name="options"/>; records of removed nodes outlive them by <paramref name="sessionTimeout"/>.
    /// </summary>
    public static ReplicatedSessionRecords Start(ActorSystem system, Hosting.ClusterNodeOptions options, TimeSpan sessionTimeout,
        ShardOwners owners, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(options);
        var replicator = DistributedData.Get(system).Replicator;
        var keys = new SessionRecordKeys(options.SessionRecordKeys, options.ShardCount);
        var keeper = system.ActorOf(SessionRecordKeeper.Props(replicator, keys, options.SessionRecordWriteTimeout, sessionTimeout, logger),
            "session-records");
        return new ReplicatedSessionRecords(system, keeper, replicator, keys, new SessionRecordCodec(options.MaxSessionRecordBytes, logger),
            owners, options.SessionRecordReadTimeout, logger);
    }

    public void Save(string sessionId, SessionSnapshot snapshot) =>
        keeper.Tell(new SaveSessionRecord(sessionId, codec.Encode(sessionId, snapshot, self)), ActorRefs.NoSender);

    public void Delete(string sessionId) => keeper.Tell(new DeleteSessionRecord(sessionId), ActorRefs.NoSender);

    public async Task<LostSession?> FindLostAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (keys.For(sessionId) is not { } key)
        {
            return null;
        }

        var local = await ReadAsync(key, sessionId, ReadLocal.Instance, readTimeout, cancellationToken).ConfigureAwait(false);
        if (local is not null && Lost(sessionId, local) is { } found)
        {
            return found;
        }

        // Not here yet (the write reached other nodes first), or not marked as lost here yet (a leaving node's mark).
        var majority = await ReadAsync(key, sessionId, new ReadMajority(readTimeout), readTimeout + AnswerMargin, cancellationToken)
            .ConfigureAwait(false);
        return majority is null ? null : Lost(sessionId, majority);
    }

    private LostSession? Lost(string sessionId, Serialization.Wire.SessionRecordWire record)
    {
        string reason;
        if (record.OwnerLeaving)
        {
            reason = $"its node {record.OwnerNode} left";
        }
        else if (Address.TryParse(record.OwnerNode, out var owner) && owners.IsNodeLost(owner, record.OwnerUid))
        {
            reason = $"its node {record.OwnerNode} was lost";
        }
        else
        {
            return null;
        }

        return new LostSession(sessionId, record.App, record.Route, codec.RestoreValues(sessionId, record), reason, record.IdentityKey);
    }

    private async Task<Serialization.Wire.SessionRecordWire?> ReadAsync(LWWDictionaryKey<string, byte[]> key, string sessionId,
        IReadConsistency consistency, TimeSpan timeout, CancellationToken cancellationToken)
    {
        IGetResponse response;
        try
        {
            response = await replicator.Ask<IGetResponse>(Dsl.Get(key, consistency), timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (AskTimeoutException)
        {
            return null;
        }

        if (response is not GetSuccess success || !success.Get(key).TryGetValue(sessionId, out var bytes))
        {
            return null;
        }

        try
        {
            return SessionRecordCodec.Decode(bytes);
        }
        catch (InvalidDataException e)
        {
            ReplicationLog.RecordUnreadable(logger, sessionId, e.Message);
            return null;
        }
    }
}
