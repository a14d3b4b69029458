namespace FletActors.Actors;

/// <summary>A node of the user mailbox: a message, its sender and the link to the next node.</summary>
internal sealed class Envelope
{
    internal object? Message;
    internal IActorRef? Sender;
    internal Envelope? Next;
}
