using Akka.Actor;
using Akka.Cluster;
using Akka.DistributedData;
using Microsoft.Extensions.Logging;

namespace FletActors.Cluster.Replication;

/// <summary>
/// Writes this node's session records to DistributedData and, while this node is the cluster's leader, deletes the
/// records of nodes removed from the cluster once the session timeout has passed since (<see cref="RemovedNodes"/>),
/// so records never outgrow the sessions that could still be resumed.
/// </summary>
/// <remarks>
/// Writes are <see cref="WriteMajority"/>: the record reaches a majority of nodes before the write completes rather
/// than with the next gossip round (2 s), so a resume through any surviving node finds it with a local read or, at
/// worst, a majority read. Nobody waits for a write: a value set within one round trip to another node (a few
/// milliseconds; at most <c>SessionRecordWriteTimeoutSeconds</c> when nodes are slow) before its node is killed -9
/// may be lost, and the restarted app then sees the value before it.
/// </remarks>
internal sealed class SessionRecordKeeper : ReceiveActor, IWithTimers
{
    private const string SweepTimer = "sweep";

    private readonly IActorRef replicator;
    private readonly SessionRecordKeys keys;
    private readonly IWriteConsistency write;
    private readonly TimeSpan sessionTimeout;
    private readonly ILogger logger;
    private readonly Akka.Cluster.Cluster cluster;
    private readonly RemovedNodes removed;

    public SessionRecordKeeper(IActorRef replicator, SessionRecordKeys keys, TimeSpan writeTimeout, TimeSpan sessionTimeout,
        ILogger logger)
    {
        this.replicator = replicator;
        this.keys = keys;
        this.sessionTimeout = sessionTimeout;
        this.logger = logger;
        write = new WriteMajority(writeTimeout);
        cluster = Akka.Cluster.Cluster.Get(Context.System);
        removed = new RemovedNodes(sessionTimeout);

        Receive<SaveSessionRecord>(save =>
        {
            if (keys.For(save.SessionId) is { } key)
            {
                replicator.Tell(Dsl.Update(key, LWWDictionary<string, byte[]>.Empty, write,
                    records => records.SetItem(cluster, save.SessionId, save.Record)));
            }
        });
        Receive<DeleteSessionRecord>(delete =>
        {
            if (keys.For(delete.SessionId) is { } key)
            {
                replicator.Tell(Dsl.Update(key, LWWDictionary<string, byte[]>.Empty, write,
                    records => records.Remove(cluster, delete.SessionId)));
            }
        });
        Receive<UpdateTimeout>(timeout => ReplicationLog.WriteNotConfirmed(logger, timeout.Key.Id));
        Receive<IUpdateResponse>(_ => { });
        Receive<ClusterEvent.MemberRemoved>(e => removed.Removed(e.Member.Address, Context.System.Scheduler.Now));
        Receive<ClusterEvent.IMemberEvent>(_ => { });
        Receive<Sweep>(_ => OnSweep());
        Receive<GetSuccess>(OnRecords);
        Receive<IGetResponse>(_ => { });
    }

    /// <summary>How often the leader looks for records of removed nodes: a quarter of the session timeout, at least 1 s.</summary>
    public static TimeSpan SweepInterval(TimeSpan sessionTimeout) =>
        TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, sessionTimeout.Ticks / 4));

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(IActorRef replicator, SessionRecordKeys keys, TimeSpan writeTimeout, TimeSpan sessionTimeout,
        ILogger logger) =>
        Akka.Actor.Props.Create(() => new SessionRecordKeeper(replicator, keys, writeTimeout, sessionTimeout, logger));

    protected override void PreStart()
    {
        cluster.Subscribe(Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsEvents, typeof(ClusterEvent.IMemberEvent));
        Timers.StartPeriodicTimer(SweepTimer, Sweep.Instance, SweepInterval(sessionTimeout));
    }

    protected override void PostStop() => cluster.Unsubscribe(Self);

    private void OnSweep()
    {
        removed.Prune(Context.System.Scheduler.Now);
        if (cluster.State.Leader != cluster.SelfAddress)
        {
            return;
        }

        foreach (var key in keys.All)
        {
            replicator.Tell(Dsl.Get(key, ReadLocal.Instance));
        }
    }

    private void OnRecords(GetSuccess success)
    {
        if (success.Key is not LWWDictionaryKey<string, byte[]> key || cluster.State.Leader != cluster.SelfAddress)
        {
            return;
        }

        var members = cluster.State.Members.Select(m => m.UniqueAddress).ToHashSet();
        var now = Context.System.Scheduler.Now;
        var expired = new List<(string SessionId, Address Owner)>();
        foreach (var (sessionId, bytes) in success.Get(key))
        {
            if (!TryReadOwner(sessionId, bytes, out var owner))
            {
                continue;
            }

            if (removed.AreRecordsExpired(owner.Address, members.Contains(owner), now))
            {
                expired.Add((sessionId, owner.Address));
            }
        }

        if (expired.Count == 0)
        {
            return;
        }

        foreach (var group in expired.GroupBy(e => e.Owner))
        {
            ReplicationLog.OrphansDeleted(logger, group.Count(), group.Key.ToString(), sessionTimeout);
        }

        replicator.Tell(Dsl.Update(key, LWWDictionary<string, byte[]>.Empty, write, records =>
            expired.Aggregate(records, (left, e) => left.Remove(cluster, e.SessionId))));
    }

    private bool TryReadOwner(string sessionId, byte[] bytes, out UniqueAddress owner)
    {
        owner = null!;
        try
        {
            var record = SessionRecordCodec.Decode(bytes);
            owner = new UniqueAddress(Address.Parse(record.OwnerNode), (int)record.OwnerUid);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or UriFormatException or ArgumentException)
        {
            ReplicationLog.RecordUnreadable(logger, sessionId, e.Message);
            return false;
        }
    }

    private sealed record Sweep
    {
        public static Sweep Instance { get; } = new();
    }
}
