namespace FletActors.Cluster.Replication;

// What the session records of this node tell their SessionRecordKeeper; local only, never across nodes.

/// <summary>Writes <paramref name="Record"/> (encoded by SessionRecordCodec) as the record of <paramref name="SessionId"/>.</summary>
internal sealed record SaveSessionRecord(string SessionId, byte[] Record);

/// <summary>Deletes the record of <paramref name="SessionId"/>.</summary>
internal sealed record DeleteSessionRecord(string SessionId);
