namespace FletActors.Sessions;

/// <summary>
/// The replicated records of this node's sessions, from which a session lost with its node is started again on
/// another one: its app, route and <c>Page.Session</c> values. Null where there is no cluster to replicate to.
/// </summary>
internal interface ISessionRecords
{
    /// <summary>
    /// Records the state of session <paramref name="sessionId"/>. Called inside the session's turn: the values are
    /// encoded before it returns (later changes to them are not seen), and a value that cannot be encoded is left out
    /// with a warning that names its key. Never throws for the app's values.
    /// </summary>
    void Save(string sessionId, SessionSnapshot snapshot);

    /// <summary>Deletes the record of a session that closed or expired normally: it is never started again.</summary>
    void Delete(string sessionId);

    /// <summary>
    /// The record of <paramref name="sessionId"/> when the session is gone because its node left or was lost; null
    /// when there is none (never recorded, closed or expired normally, or its node still holds it).
    /// </summary>
    Task<LostSession?> FindLostAsync(string sessionId, CancellationToken cancellationToken);
}
