namespace FletActors.Actors;

/// <summary>
/// One place in a mailbox segment. <see cref="Sequence"/> is the enqueue index the slot is free for: the consumer
/// moves it a full lap on once it has taken the message. A non-null <see cref="Message"/> means published.
/// </summary>
internal struct MailboxSlot
{
    internal object? Message;
    internal IActorRef? Sender;
    internal long Sequence;
}
