namespace FletActors.Web.Tests.Support;

/// <summary>
/// How long a wait may take before the test fails. Generous on purpose: the machine is shared, and a passing test
/// never waits this long (every wait ends as soon as its condition holds).
/// </summary>
internal static class Deadlines
{
    /// <summary>A page loads and its session shows its first tree.</summary>
    public const float PageReadyMs = 15_000;

    /// <summary>One event reaches the server and its patch comes back.</summary>
    public const float RoundTripMs = 10_000;

    /// <summary>A dropped connection is noticed, or the client reconnects after its backoff.</summary>
    public const float ReconnectMs = 20_000;

    /// <summary>
    /// The node holding a session dies and the client is served again by another: the dead node must be noticed by
    /// the others (failure detector, a few seconds) before its sessions count as gone.
    /// </summary>
    public const float FailoverMs = 60_000;
}
