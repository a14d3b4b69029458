namespace FletActors.Actors;

/// <summary>
/// One place in a mailbox segment. <see cref="Sequence"/> says whose turn the slot is: equal to an enqueue index
/// when free for that index, one past it once the message is published, and a full lap further once consumed.
/// </summary>
internal struct MailboxSlot
{
    internal object? Message;
    internal IActorRef? Sender;
    internal long Sequence;
}
