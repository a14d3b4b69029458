namespace FletActors.Actors;

/// <summary>A spawn used a malformed name or one already taken by a live sibling.</summary>
public sealed class InvalidActorNameException : ArgumentException
{
    /// <summary>Creates the exception with a message that names the actor and the fix.</summary>
    public InvalidActorNameException(string message)
        : base(message, "name")
    {
    }
}
