namespace FletActors.Sessions;

/// <summary>A session gone with its node, as its replicated record holds it: enough to start its app again.</summary>
/// <param name="SessionId">The old session's id.</param>
/// <param name="App">The app's name.</param>
/// <param name="Route">The route the page was at.</param>
/// <param name="Values">The <c>Page.Session</c> values that could be restored.</param>
/// <param name="Reason">Why the old session is gone, for the log.</param>
/// <param name="IdentityKey">The <see cref="SessionIdentity.Key"/> of the old session's user (empty when anonymous); only that user may restart it.</param>
internal sealed record LostSession(string SessionId, string App, string Route, IReadOnlyList<KeyValuePair<string, object?>> Values, string Reason,
    string IdentityKey);
