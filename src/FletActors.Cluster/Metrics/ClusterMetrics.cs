using System.Diagnostics.Metrics;

namespace FletActors.Cluster.Metrics;

/// <summary>
/// The cluster instruments of a node, on the <c>FletActors</c> meter: the session shards and sharded entities it
/// hosts (refreshed with the shard directory's view) and the messages it forwards across nodes, by kind.
/// </summary>
internal sealed class ClusterMetrics
{
    /// <summary>The meter every FletActors instrument lives on.</summary>
    public const string MeterName = "FletActors";

    private static readonly KeyValuePair<string, object?> ResumeTag = new("kind", "resume");
    private static readonly KeyValuePair<string, object?> InputTag = new("kind", "input");
    private static readonly KeyValuePair<string, object?> OutputTag = new("kind", "output");

    private readonly Counter<long> forwarded;
    private int shards;
    private int entities;

    /// <summary>Creates the instruments on a meter of <paramref name="meterFactory"/>, which owns and disposes it.</summary>
    public ClusterMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge("fletactors.cluster.shards", () => Volatile.Read(ref shards), "{shard}",
            "Session shards this node hosts.");
        meter.CreateObservableGauge("fletactors.cluster.entities", () => Volatile.Read(ref entities), "{entity}",
            "Sharded session entities this node hosts (live sessions and those still stopping).");
        forwarded = meter.CreateCounter<long>("fletactors.cluster.forwarded", "{message}",
            "Messages this node exchanged with another node for a session held there, by kind: resume and input (sent to the owner), output (received from it for a local stream).");

        // Every series exists from the first scrape, at 0, so that rate() and increase() see its first rise.
        forwarded.Add(0, ResumeTag);
        forwarded.Add(0, InputTag);
        forwarded.Add(0, OutputTag);
    }

    /// <summary>The local shard region's state as last seen.</summary>
    public void ShardRegionSeen(int shardCount, int entityCount)
    {
        Volatile.Write(ref shards, shardCount);
        Volatile.Write(ref entities, entityCount);
    }

    /// <summary>A resume was forwarded to the node that owns its session.</summary>
    public void ResumeForwarded() => forwarded.Add(1, ResumeTag);

    /// <summary>A client input was forwarded to the node that owns its session.</summary>
    public void InputForwarded() => forwarded.Add(1, InputTag);

    /// <summary>A message of a session held elsewhere arrived for a stream of this node.</summary>
    public void OutputForwarded() => forwarded.Add(1, OutputTag);
}
