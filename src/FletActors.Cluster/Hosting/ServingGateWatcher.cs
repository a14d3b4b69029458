using Akka.Actor;
using Akka.Cluster;
using Akka.Event;

namespace FletActors.Cluster.Hosting;

/// <summary>
/// Feeds a <see cref="ServingGate"/> from this node's cluster events: it keeps its own count of members and of those
/// it finds unreachable (the events arrive in order; the cluster's read view may lag them), asks
/// <see cref="ServingPolicy"/> for a verdict on every change, and renews the gate's lease on a timer while the verdict
/// is to serve. A timer tick that comes a lease late means the process itself was frozen: it then renews nothing for
/// one more lease, the time the failure detector needs to tell this node whether its peers still hear it.
/// </summary>
public sealed class ServingGateWatcher : ReceiveActor, IWithTimers
{
    private const string RenewTimer = "renew";

    private readonly ServingGate gate;
    private readonly TimeSpan lease;
    private readonly TimeProvider time;
    private readonly Akka.Cluster.Cluster cluster;
    private readonly ILoggingAdapter log = Context.GetLogger();
    private readonly Dictionary<UniqueAddress, MemberStatus> members = [];
    private readonly HashSet<UniqueAddress> unreachable = [];
    private long lastTick;
    private long settleUntil;
    private ServingVerdict verdict = ServingVerdict.Serve;

    /// <summary>Creates the watcher of <paramref name="gate"/>, renewing it for <paramref name="lease"/> at a time.</summary>
    public ServingGateWatcher(ServingGate gate, TimeSpan lease, TimeProvider time)
    {
        this.gate = gate;
        this.lease = lease;
        this.time = time;
        cluster = Akka.Cluster.Cluster.Get(Context.System);
        Receive<ClusterEvent.CurrentClusterState>(OnSnapshot);
        Receive<ClusterEvent.IMemberEvent>(OnMemberEvent);
        Receive<ClusterEvent.UnreachableMember>(e =>
        {
            unreachable.Add(e.Member.UniqueAddress);
            Judge();
        });
        Receive<ClusterEvent.ReachableMember>(e =>
        {
            unreachable.Remove(e.Member.UniqueAddress);
            Judge();
        });
        Receive<Tick>(_ => OnTick());
    }

    /// <inheritdoc />
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>Props of the watcher of <paramref name="gate"/>.</summary>
    public static Props Props(ServingGate gate, TimeSpan lease, TimeProvider time) =>
        Akka.Actor.Props.Create(() => new ServingGateWatcher(gate, lease, time));

    /// <inheritdoc />
    protected override void PreStart()
    {
        lastTick = time.GetTimestamp();
        cluster.Subscribe(Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsSnapshot,
            typeof(ClusterEvent.IMemberEvent), typeof(ClusterEvent.IReachabilityEvent));
        Timers.StartPeriodicTimer(RenewTimer, Tick.Instance, ServingPolicy.RenewInterval(lease));

        // Whatever way the actor system ends (a downing's CoordinatedShutdown, or a graceful stop after the drain),
        // nothing may reach a client afterwards.
        var target = gate;
        Context.System.WhenTerminated.ContinueWith(
            _ => target.CloseForGood("the actor system has terminated"), TaskScheduler.Default);
    }

    /// <inheritdoc />
    protected override void PostStop() => cluster.Unsubscribe(Self);

    private void OnSnapshot(ClusterEvent.CurrentClusterState state)
    {
        members.Clear();
        unreachable.Clear();
        foreach (var member in state.Members)
        {
            members[member.UniqueAddress] = member.Status;
        }

        foreach (var member in state.Unreachable)
        {
            unreachable.Add(member.UniqueAddress);
        }

        Judge();
    }

    private void OnMemberEvent(ClusterEvent.IMemberEvent e)
    {
        var member = e.Member;
        if (e is ClusterEvent.MemberRemoved && !member.UniqueAddress.Equals(cluster.SelfUniqueAddress))
        {
            members.Remove(member.UniqueAddress);
            unreachable.Remove(member.UniqueAddress);
        }
        else
        {
            members[member.UniqueAddress] = member.Status;
        }

        Judge();
    }

    private void OnTick()
    {
        var now = time.GetTimestamp();
        var gap = time.GetElapsedTime(lastTick, now);
        lastTick = now;
        if (gap > lease)
        {
            settleUntil = now + (long)(lease.TotalSeconds * time.TimestampFrequency);
            log.Warning("This node was frozen for {0:0.0} s, longer than its serving lease of {1:0.0} s; clients wait until the cluster has judged it again",
                gap.TotalSeconds, lease.TotalSeconds);
        }

        Judge();
    }

    private void Judge()
    {
        var self = members.TryGetValue(cluster.SelfUniqueAddress, out var status) ? status : (MemberStatus?)null;
        var next = ServingPolicy.Judge(self, members.Count, unreachable.Count);
        if (next != verdict)
        {
            log.Warning("Serving verdict {0} -> {1}: this node is {2}; {3} members, {4} unreachable",
                verdict, next, self?.ToString() ?? "not a member yet", members.Count, unreachable.Count);
            verdict = next;
        }

        switch (verdict)
        {
            case ServingVerdict.Never:
                gate.CloseForGood($"this node is {self}; it serves no client again");
                break;
            case ServingVerdict.Withhold:
                gate.Close($"this node finds {unreachable.Count} of {members.Count} members unreachable");
                break;
            case ServingVerdict.Serve when time.GetTimestamp() >= settleUntil:
                gate.Renew(members.Count > 1 ? lease : null);
                break;
        }
    }

    private sealed record Tick
    {
        public static Tick Instance { get; } = new();
    }
}
