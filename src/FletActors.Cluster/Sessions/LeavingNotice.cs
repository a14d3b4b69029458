using Akka.Cluster;
using FletActors.Sessions;

namespace FletActors.Cluster.Sessions;

/// <summary>
/// What a node that stops tells its sessions' clients: a node leaving a cluster that goes on without it sends them
/// to the other nodes (NODE_LEAVING: resume at once through any node); a node alone (the embedded server on Ctrl+C)
/// has nowhere to send them (SERVER_SHUTDOWN).
/// </summary>
internal static class LeavingNotice
{
    /// <summary>The notice for a node whose cluster keeps <paramref name="otherMembers"/> members besides itself.</summary>
    public static ShutdownSession For(int otherMembers) =>
        otherMembers > 0 ? ShutdownSession.NodeLeaving : ShutdownSession.Instance;

    /// <summary>The notice for this node of <paramref name="cluster"/>, counting the members that stay to serve.</summary>
    public static ShutdownSession For(Akka.Cluster.Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var self = cluster.SelfUniqueAddress;
        return For(cluster.State.Members.Count(m => !m.UniqueAddress.Equals(self)
            && m.Status is MemberStatus.Up or MemberStatus.WeaklyUp or MemberStatus.Joining));
    }
}
