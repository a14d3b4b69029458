using Akka.Cluster.Sharding;

namespace FletActors.Cluster.Sharding;

/// <summary>
/// Routes <see cref="SessionEnvelope"/>s: the entity is the session id and the shard is the one the id names
/// (<see cref="SessionIdFormat"/>), not a hash, so a session lives in the shard it was born in.
/// </summary>
/// <remarks>
/// A malformed id, or one naming a shard outside this cluster's <see cref="ShardCount"/>, gives a null entity id and a
/// null or empty shard id: the region logs a warning and drops the message, no shard is allocated and no entity starts. Nothing here
/// throws inside sharding. Edges check ids with <see cref="SessionIdFormat.TryReadShard"/> first and answer the client
/// themselves, so only a bug reaches this fallback.
/// </remarks>
public sealed class SessionMessageExtractor : IMessageExtractor
{
    /// <summary>Creates the extractor of a cluster with <paramref name="shardCount"/> shards.</summary>
    public SessionMessageExtractor(int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(shardCount, SessionIdFormat.MaxShardCount);
        ShardCount = shardCount;
    }

    /// <summary>The fixed number of shards; every node of a cluster must use the same.</summary>
    public int ShardCount { get; }

    /// <inheritdoc />
    public string? EntityId(object message) =>
        message is SessionEnvelope envelope && SessionIdFormat.TryReadShard(envelope.SessionId, ShardCount, out _)
            ? envelope.SessionId
            : null;

    /// <inheritdoc />
    public object? EntityMessage(object message) => message is SessionEnvelope envelope ? envelope.Payload : message;

    /// <inheritdoc />
    public string? ShardId(object message) => message is SessionEnvelope envelope ? ShardOf(envelope.SessionId) : null;

    /// <inheritdoc />
    public string ShardId(string entityId, object? messageHint = null) => ShardOf(entityId) ?? string.Empty;

    private string? ShardOf(string? sessionId) =>
        SessionIdFormat.TryReadShard(sessionId, ShardCount, out var shard) ? SessionIdFormat.ShardId(shard) : null;
}
