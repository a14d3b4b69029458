using FletActors.Protocol.V1;

namespace FletActors.Client;

/// <summary>
/// The session's node left the cluster or was lost, and the server started the app again as a new session: the
/// mirror was cleared for the new session's page, and inputs sent to the old session but not confirmed were dropped.
/// </summary>
/// <param name="PreviousSessionId">The id of the session that is gone.</param>
/// <param name="Started">The new session's start (<see cref="SessionStarted.Restarted"/> is true).</param>
public sealed record SessionRestart(string? PreviousSessionId, SessionStarted Started)
{
    /// <summary>The id of the new session.</summary>
    public string SessionId => Started.SessionId;
}
