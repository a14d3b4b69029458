using Akka.Cluster;
using Akka.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FletActors.Cluster.Hosting;

/// <summary>
/// Readiness: healthy only while this node is an Up member of the cluster and not on the minority side of a partition.
/// Joining, leaving, exiting, downed or removed nodes are not ready, nor is a node that finds half or more of the
/// members unreachable (it is the one keep-majority will down, e.g. after a SIGSTOP), so a load balancer sends them no
/// new clients. Registered by
/// <see cref="FletActorsClusterHostingExtensions.WithFletActorsCluster"/> with the <see cref="ReadinessTag"/> tag, which
/// the gRPC health service (Grpc.AspNetCore.HealthChecks) maps to SERVING / NOT_SERVING for the Kubernetes probe.
/// </summary>
public sealed class ClusterMemberUpCheck : IAkkaHealthCheck
{
    /// <summary>The health check's name.</summary>
    public const string Name = "fletactors-cluster-member-up";

    /// <summary>The tag readiness probes filter on.</summary>
    public const string ReadinessTag = "ready";

    /// <summary>
    /// Whether a node whose own member has <paramref name="status"/>, in a cluster of <paramref name="members"/> of
    /// which it finds <paramref name="unreachable"/> unreachable, may take clients.
    /// </summary>
    public static bool IsReady(MemberStatus status, int members, int unreachable) =>
        status == MemberStatus.Up && unreachable * 2 < members;

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(AkkaHealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var system = context.ActorSystem;
        if (system.WhenTerminated.IsCompleted)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the actor system has terminated"));
        }

        var cluster = Akka.Cluster.Cluster.Get(system);
        var status = cluster.SelfMember.Status;
        var state = cluster.State;
        var members = state.Members.Count;
        var unreachable = state.Unreachable.Count;
        return Task.FromResult(IsReady(status, members, unreachable)
            ? HealthCheckResult.Healthy($"this node is Up; {members} members, {unreachable} unreachable")
            : HealthCheckResult.Unhealthy($"this node is {status}; {members} members, {unreachable} unreachable"));
    }
}
