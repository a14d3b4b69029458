namespace FletActors.Actors;

/// <summary>What an actor's mailbox does while an async handler is awaiting.</summary>
public enum AsyncMode
{
    /// <summary>
    /// Akka's ReceiveAsync: the mailbox waits for the handler's task; the next message runs after it completes.
    /// Continuations of the handler still run as turns of the actor.
    /// </summary>
    Suspend,

    /// <summary>
    /// asyncio semantics: while a handler awaits, the next message may run. Continuations re-enter the mailbox in
    /// order with other messages. Still never two turns at once. Sessions use this mode.
    /// </summary>
    Interleave,
}
