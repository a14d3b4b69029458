namespace FletActors.Cluster.Tokens;

/// <summary>What <see cref="ResumeTokens.Verify"/> found.</summary>
public enum ResumeTokenVerdict
{
    /// <summary>Signed with the current secret for this session id.</summary>
    Valid,

    /// <summary>Signed with the previous secret; accepted during a rotation, and worth reissuing.</summary>
    ValidUnderPreviousSecret,

    /// <summary>No token was sent.</summary>
    Missing,

    /// <summary>Not a token at all: wrong length or not URL-safe base64.</summary>
    Malformed,

    /// <summary>A well-formed token that belongs to another session id or another secret.</summary>
    Mismatch,
}
