namespace FletActors.Sessions;

/// <summary>What a session records for a restart elsewhere, taken at the end of a turn.</summary>
/// <param name="App">The app's name.</param>
/// <param name="Route">The page's route.</param>
/// <param name="Values">The <c>Page.Session</c> values, live objects to be encoded at once.</param>
/// <param name="OwnerLeaving">True when the session closed because its node is leaving: it may start again elsewhere.</param>
/// <param name="IdentityKey">
/// The <see cref="SessionIdentity.Key"/> of the user the session was started for (empty when anonymous): only that
/// user may start it again elsewhere.
/// </param>
internal sealed record SessionSnapshot(string App, string Route, IReadOnlyList<KeyValuePair<string, object?>> Values, bool OwnerLeaving,
    string IdentityKey);
