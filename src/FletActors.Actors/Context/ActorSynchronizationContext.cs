namespace FletActors.Actors;

/// <summary>
/// Turns <c>await</c> continuations and posted callbacks into turns of one actor. One instance per
/// (incarnation, sender) so a continuation restores the sender of the message whose handler awaited, and posts to
/// a context of a previous incarnation are refused after a restart.
/// </summary>
internal sealed class ActorSynchronizationContext(ActorCell cell, IActorRef? sender, int incarnation)
    : SynchronizationContext
{
    internal ActorCell Cell { get; } = cell;

    internal IActorRef? Sender { get; } = sender;

    internal int Incarnation { get; } = incarnation;

    public override void Post(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        Cell.PostContinuation(new Continuation(d, state, this));
    }

    public override void Send(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (!ReferenceEquals(ActorCell.Current, Cell))
        {
            throw new InvalidOperationException(
                $"SynchronizationContext.Send for actor '{Cell.Self.Path}' was called outside that actor's turn. "
                + "Waiting for the actor would block a thread; use Post, or tell the actor a message.");
        }

        d(state);
    }

    public override SynchronizationContext CreateCopy() => this;
}
