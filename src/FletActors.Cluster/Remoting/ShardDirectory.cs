using Akka.Actor;
using Akka.Cluster;
using Akka.Cluster.Sharding;
using Akka.Remote;
using FletActors.Cluster.Metrics;

namespace FletActors.Cluster.Remoting;

/// <summary>
/// Which node holds each session shard, refreshed from the coordinator's view every <see cref="RefreshInterval"/>.
/// Shards never move while their node lives (nothing is rebalanced), so a slightly old view is still right for every
/// live node; it lets an edge see at once that a session's owner is unreachable or gone, instead of forwarding into
/// sharding and waiting for the dead node to be downed and removed. It also tells <see cref="ShardOwners"/> at once
/// when a node is cut off from this one's remoting, found unreachable or removed, which ends the calls waiting on it.
/// </summary>
internal sealed class ShardDirectory : ReceiveActor, IWithTimers
{
    /// <summary>How often the view is refreshed.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);

    /// <summary>How long the coordinator's stats may take; unreachable regions are left out after it.</summary>
    public static readonly TimeSpan StatsTimeout = TimeSpan.FromSeconds(1.5);

    private const string RefreshTimer = "refresh";

    public ShardDirectory(IActorRef region, ShardOwners owners, ClusterMetrics metrics)
    {
        var cluster = Akka.Cluster.Cluster.Get(Context.System);
        Receive<Refresh>(_ =>
        {
            region.Ask<ClusterShardingStats>(new GetClusterShardingStats(StatsTimeout), StatsTimeout * 2)
                .PipeTo(Self, failure: _ => NoStats.Instance);
            // The local region answers its own state (no network); its shards and entities are this node's gauges.
            region.Tell(GetShardRegionState.Instance);
        });
        Receive<CurrentShardRegionState>(state => metrics.ShardRegionSeen(state.Shards.Count, state.Shards.Sum(s => s.EntityIds.Count)));
        Receive<ClusterShardingStats>(stats =>
        {
            foreach (var (address, regionStats) in stats.Regions)
            {
                // The coordinator names its own node's region by a local address (no host); the coordinator is a
                // singleton on the oldest member.
                var owner = address.HasGlobalScope ? address : Oldest(cluster);
                foreach (var shard in regionStats.Stats.Keys)
                {
                    owners.Record(shard, owner);
                }
            }
        });
        Receive<NoStats>(_ => { });
        Receive<DisassociatedEvent>(e => owners.SetCutOff(e.RemoteAddress, isCutOff: true));
        Receive<AssociatedEvent>(e => owners.SetCutOff(e.RemoteAddress, isCutOff: false));
        Receive<ClusterEvent.UnreachableMember>(e => owners.SetUnreachable(e.Member.Address, isUnreachable: true));
        Receive<ClusterEvent.ReachableMember>(e => owners.SetUnreachable(e.Member.Address, isUnreachable: false));
        Receive<ClusterEvent.MemberRemoved>(e => owners.SetRemoved(e.Member.Address));
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(IActorRef region, ShardOwners owners, ClusterMetrics metrics) =>
        Akka.Actor.Props.Create(() => new ShardDirectory(region, owners, metrics));

    protected override void PreStart()
    {
        Context.System.EventStream.Subscribe(Self, typeof(DisassociatedEvent));
        Context.System.EventStream.Subscribe(Self, typeof(AssociatedEvent));
        Akka.Cluster.Cluster.Get(Context.System).Subscribe(Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsEvents,
            typeof(ClusterEvent.IReachabilityEvent), typeof(ClusterEvent.MemberRemoved));
        Self.Tell(Refresh.Instance);
        Timers.StartPeriodicTimer(RefreshTimer, Refresh.Instance, RefreshInterval);
    }

    protected override void PostStop()
    {
        Context.System.EventStream.Unsubscribe(Self);
        Akka.Cluster.Cluster.Get(Context.System).Unsubscribe(Self);
    }

    private static Address Oldest(Akka.Cluster.Cluster cluster) =>
        cluster.State.Members.Where(m => m.Status == MemberStatus.Up)
            .Aggregate((Member?)null, (oldest, m) => oldest is null || m.IsOlderThan(oldest) ? m : oldest)?.Address
        ?? cluster.SelfAddress;

    private sealed record Refresh
    {
        public static Refresh Instance { get; } = new();
    }

    private sealed record NoStats
    {
        public static NoStats Instance { get; } = new();
    }
}
