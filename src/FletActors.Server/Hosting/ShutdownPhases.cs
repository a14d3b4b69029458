using Akka.Configuration;

namespace FletActors.Server.Hosting;

/// <summary>
/// CoordinatedShutdown's before-service-unbind phase runs the drain (every client told, every stream ended) when Akka
/// starts the shutdown itself; its default 5 s timeout would hand the node's shards off while a large drain still
/// runs, and sessions stopped by the hand-off can no longer tell their clients. Akka.Hosting has no typed option for
/// phase timeouts, hence this HOCON.
/// </summary>
internal static class ShutdownPhases
{
    public static Config DrainPhase(TimeSpan drainTimeout) => ConfigurationFactory.ParseString(
        $"akka.coordinated-shutdown.phases.before-service-unbind.timeout = {(long)Math.Ceiling(drainTimeout.TotalMilliseconds)}ms");
}
