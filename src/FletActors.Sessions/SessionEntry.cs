using Akka.Actor;

namespace FletActors.Sessions;

/// <summary>What the manager knows of a live session, for routing and checks outside the session's actor.</summary>
internal sealed class SessionEntry(SessionCredentials credentials, EventRateLimiter limiter)
{
    public SessionCredentials Credentials { get; } = credentials;

    public EventRateLimiter Limiter { get; } = limiter;

    /// <summary>The <see cref="SessionIdentity.Key"/> of the user the session was started for; calls of others are refused.</summary>
    public string IdentityKey { get; init; } = string.Empty;

    /// <summary>The numbering of the session's client inputs, shared with its actor.</summary>
    public InputSequence Inputs { get; } = new();

    /// <summary>The session's actor; null until it has been spawned.</summary>
    public IActorRef? Actor { get; set; }

    /// <summary>Completes when the session has closed.</summary>
    public TaskCompletionSource Closed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
