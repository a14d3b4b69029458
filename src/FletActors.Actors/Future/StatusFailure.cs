namespace FletActors.Actors;

/// <summary>A reply that tells an asker its question failed; <see cref="ActorRefExtensions.Ask{T}"/> throws <see cref="Cause"/>.</summary>
/// <param name="Cause">Why it failed.</param>
public sealed record StatusFailure(Exception Cause);
