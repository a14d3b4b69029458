using Akka.Cluster;

namespace FletActors.Cluster.Hosting;

/// <summary>
/// The rule behind <see cref="ServingGate"/>, as plain code: a node serves its clients only while it is a live
/// member that sees the majority of its cluster, so that a node on the minority side of a partition, or one that
/// comes back from a pause to find its peers silent, stops writing before keep-majority downs it and sharding starts
/// its sessions' shards elsewhere.
/// </summary>
public static class ServingPolicy
{
    /// <summary>
    /// The verdict for a node whose own member has <paramref name="self"/> (null before it joined) in a cluster of
    /// <paramref name="members"/> (itself included) of which it finds <paramref name="unreachable"/> unreachable.
    /// </summary>
    public static ServingVerdict Judge(MemberStatus? self, int members, int unreachable) => self switch
    {
        MemberStatus.Down or MemberStatus.Removed => ServingVerdict.Never,
        _ when members > 1 && unreachable * 2 >= members => ServingVerdict.Withhold,
        _ => ServingVerdict.Serve,
    };

    /// <summary>
    /// How long one renewal of the gate lasts in a cluster of several nodes: a failure detector's worth of silence
    /// (<paramref name="heartbeatInterval"/> plus <paramref name="acceptableHeartbeatPause"/>). A process frozen
    /// longer than this may already count as unreachable to its peers.
    /// </summary>
    public static TimeSpan Lease(TimeSpan heartbeatInterval, TimeSpan acceptableHeartbeatPause) =>
        heartbeatInterval + acceptableHeartbeatPause;

    /// <summary>How often the lease is renewed: four times per lease, so a busy scheduler has slack before it lapses.</summary>
    public static TimeSpan RenewInterval(TimeSpan lease) => lease / 4;
}
