namespace FletActors.Actors;

/// <summary>A message that could not be handled: its recipient was stopped, or it did not handle it.</summary>
/// <param name="Message">The message.</param>
/// <param name="Sender">Who sent it, if anyone.</param>
/// <param name="Recipient">Who it was for.</param>
/// <param name="Unhandled">True when the recipient was alive but called <c>Unhandled</c>.</param>
public sealed record DeadLetter(object Message, IActorRef? Sender, IActorRef Recipient, bool Unhandled);
