using Akka.Actor;
using Akka.Event;

namespace FletActors.Server.Hosting;

/// <summary>The event-stream subscriber behind <see cref="DeadLetterMetrics"/>.</summary>
internal sealed class DeadLetterListener : ReceiveActor
{
    public DeadLetterListener(DeadLetterMetrics metrics) => Receive<AllDeadLetters>(metrics.Seen);

    protected override void PostStop() => Context.System.EventStream.Unsubscribe(Self);
}
