using FletActors.Actors;

namespace FletActors.Actors.Tests.Support;

/// <summary>Replies to every message with the message itself.</summary>
internal sealed class EchoActor : Actor
{
    protected override Task ReceiveAsync(object message)
    {
        Sender?.Tell(message, Self);
        return Task.CompletedTask;
    }
}
