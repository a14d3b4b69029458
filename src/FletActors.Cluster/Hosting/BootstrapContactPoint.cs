using System.Collections.Immutable;
using Akka.Actor;
using Akka.Cluster;
using Akka.Management.Cluster.Bootstrap.ContactPoint;
using Newtonsoft.Json;

namespace FletActors.Cluster.Hosting;

/// <summary>
/// This node's cluster bootstrap contact point: what the route Akka.Management's own HTTP endpoint would serve at
/// <see cref="Path"/>, in the JSON its peers' probes read (<see cref="HttpBootstrapJsonProtocol.SeedNodes"/>). The
/// host's Kestrel serves it on <see cref="ClusterNodeOptions.ManagementPort"/>, because Akka.Management's endpoint
/// cannot start with the packages nuget.org serves (<see cref="FletActorsClusterHostingExtensions.WithFletActorsCluster"/>).
/// </summary>
public static class BootstrapContactPoint
{
    /// <summary>The route peers probe, relative to a contact point's base URI.</summary>
    public const string Path = "/bootstrap/seed-nodes";

    /// <summary>At most this many members are named, as Akka.Management's route does; a joining node needs only one.</summary>
    public const int MaxSeedNodes = 5;

    /// <summary>
    /// The answer for a node whose own member is <paramref name="self"/>: the members a newcomer may join (Up, WeaklyUp
    /// or Joining, and reachable), none while this node is leaving or down, so nobody joins a node on its way out.
    /// </summary>
    public static HttpBootstrapJsonProtocol.SeedNodes Describe(Member self, IEnumerable<Member> members, IReadOnlySet<Member> unreachable)
    {
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(unreachable);
        if (self.Status is MemberStatus.Down or MemberStatus.Exiting or MemberStatus.Leaving or MemberStatus.Removed)
        {
            return new HttpBootstrapJsonProtocol.SeedNodes(self.Address, []);
        }

        var joinable = members
            .Where(m => !unreachable.Contains(m) && m.Status is MemberStatus.Up or MemberStatus.WeaklyUp or MemberStatus.Joining)
            .Take(MaxSeedNodes)
            .Select(m => new HttpBootstrapJsonProtocol.ClusterMember(m.Address, m.UniqueAddress.Uid, m.Status, m.Roles))
            .ToImmutableList();
        return new HttpBootstrapJsonProtocol.SeedNodes(self.Address, joinable);
    }

    /// <summary>The answer of <paramref name="system"/>'s node now, as the JSON body Akka.Management's probes parse.</summary>
    public static string Json(ActorSystem system)
    {
        var cluster = Akka.Cluster.Cluster.Get(system);
        var state = cluster.State;
        // Serialized as Akka.Management serializes it: its probes read it back with the same Json.NET defaults.
        return JsonConvert.SerializeObject(Describe(cluster.SelfMember, state.Members, state.Unreachable));
    }
}
