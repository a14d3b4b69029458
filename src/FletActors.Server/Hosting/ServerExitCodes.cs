using Akka.Actor;

namespace FletActors;

/// <summary>
/// The process exit codes <see cref="FletServer.RunAsync"/> returns. A node the cluster threw out must not exit 0:
/// its supervisor restarts it (a fresh node that joins again) and operators see why it went.
/// </summary>
public static class ServerExitCodes
{
    /// <summary>A requested stop (Ctrl+C, SIGTERM, cancellation), graceful leave included.</summary>
    public const int Stopped = 0;

    /// <summary>The actor system ended for a reason other than a stop request or a downing.</summary>
    public const int Terminated = 1;

    /// <summary>The cluster downed this node (split-brain resolver, or a peer downed it while it was paused).</summary>
    public const int Downed = 3;

    /// <summary>The exit code for an actor system whose CoordinatedShutdown ran first for <paramref name="reason"/>.</summary>
    public static int For(CoordinatedShutdown.Reason? reason) => reason switch
    {
        null or CoordinatedShutdown.ClrExitReason or CoordinatedShutdown.ClusterLeavingReason => Stopped,
        CoordinatedShutdown.ClusterDowningReason => Downed,
        _ => Terminated,
    };
}
