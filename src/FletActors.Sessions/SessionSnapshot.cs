namespace FletActors.Sessions;

/// <summary>What a session records for a restart elsewhere, taken at the end of a turn.</summary>
/// <param name="App">The app's name.</param>
/// <param name="Route">The page's route.</param>
/// <param name="Values">The <c>Page.Session</c> values, live objects to be encoded at once.</param>
/// <param name="OwnerLeaving">True when the session closed because its node is leaving: it may start again elsewhere.</param>
internal sealed record SessionSnapshot(string App, string Route, IReadOnlyList<KeyValuePair<string, object?>> Values, bool OwnerLeaving);
