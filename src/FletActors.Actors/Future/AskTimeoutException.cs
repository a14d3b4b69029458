namespace FletActors.Actors;

/// <summary>An Ask got no reply in time.</summary>
public sealed class AskTimeoutException : TimeoutException
{
    internal AskTimeoutException(IActorRef target, Type messageType, TimeSpan timeout)
        : base($"Ask to '{target.Path}' with a message of type '{messageType.FullName}' timed out after {timeout}.")
    {
        Target = target;
        MessageType = messageType;
    }

    /// <summary>The actor that was asked.</summary>
    public IActorRef Target { get; }

    /// <summary>The type of the question.</summary>
    public Type MessageType { get; }
}
