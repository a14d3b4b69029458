namespace FletActors.Cluster.Sessions;

/// <summary>
/// The answer of a <see cref="SessionEntity"/> that holds no live session: the session of <paramref name="SessionId"/>
/// closed or was lost with its node. The client registers again.
/// </summary>
public sealed record SessionGone(string SessionId);
