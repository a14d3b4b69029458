using FletActors.Sessions;

namespace FletActors.Server.Tests.Support;

/// <summary>
/// The in-memory twin of the cluster's replicated session records: keeps each session's last snapshot (its values
/// copied when saved, as the real store encodes them then), counts saves and deletes, and finds a record as lost
/// once its session closed saying its node left.
/// </summary>
internal sealed class InMemorySessionRecords : ISessionRecords
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, SessionSnapshot> records = new(StringComparer.Ordinal);

    public CountSignal Saves { get; } = new();

    public CountSignal Deletes { get; } = new();

    public SessionSnapshot? Find(string sessionId)
    {
        lock (gate)
        {
            return records.GetValueOrDefault(sessionId);
        }
    }

    public void Save(string sessionId, SessionSnapshot snapshot)
    {
        lock (gate)
        {
            records[sessionId] = snapshot with { Values = [.. snapshot.Values] };
        }

        Saves.Increment();
    }

    public void Delete(string sessionId)
    {
        lock (gate)
        {
            records.Remove(sessionId);
        }

        Deletes.Increment();
    }

    public Task<LostSession?> FindLostAsync(string sessionId, CancellationToken cancellationToken) =>
        Task.FromResult(Find(sessionId) is { OwnerLeaving: true } record
            ? new LostSession(sessionId, record.App, record.Route, record.Values, "its node left", record.IdentityKey)
            : null);
}
