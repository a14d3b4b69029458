namespace FletActors.Actors;

/// <summary>The ref of an actor living in this process: a path plus its cell.</summary>
internal sealed class LocalActorRef(ActorCell cell, ActorPath path) : ActorRefBase
{
    internal ActorCell Cell { get; } = cell;

    public override ActorPath Path { get; } = path;

    internal override ActorSystem System => Cell.System;

    internal override bool IsTerminated => Cell.IsTerminated;

    public override void Tell(object message, IActorRef? sender)
    {
        if (message is null)
        {
            throw NullMessage(this);
        }

        Cell.Post(message, sender);
    }

    internal override void SendSystemMessage(SystemMessage message) => Cell.SendSystemMessage(message);
}
