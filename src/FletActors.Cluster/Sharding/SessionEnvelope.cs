namespace FletActors.Cluster.Sharding;

/// <summary>
/// A message for the session <paramref name="SessionId"/>, sent through the session shard region, which routes it to
/// the node that hosts the session's shard and hands <paramref name="Payload"/> to the session actor.
/// </summary>
/// <param name="SessionId">An id made by <see cref="SessionIdFactory"/>; it names its own shard.</param>
/// <param name="Payload">What the session actor receives.</param>
public sealed record SessionEnvelope(string SessionId, object Payload);
