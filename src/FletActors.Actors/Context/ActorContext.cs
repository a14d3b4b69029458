namespace FletActors.Actors;

/// <summary>The ambient actor context.</summary>
public static class ActorContext
{
    /// <summary>
    /// The actor whose turn is running on this thread, or null outside any turn. Set for every turn: messages,
    /// lifecycle hooks, and continuations after <c>await</c> in both <see cref="AsyncMode"/>s. Code that must only
    /// run inside a given actor compares this with its own context.
    /// </summary>
    public static IActorContext? Current => ActorCell.Current;
}
