namespace FletActors.Sessions;

/// <summary>What <see cref="SessionManager.Deliver"/> did with a client message.</summary>
internal enum DeliveryOutcome
{
    /// <summary>The message is in the session's mailbox.</summary>
    Accepted,

    /// <summary>The session's event rate limit was exceeded; the message was dropped before reaching the session.</summary>
    RateLimited,

    /// <summary>A numbered input the session had already accepted (a resend); dropped.</summary>
    Duplicate,
}
