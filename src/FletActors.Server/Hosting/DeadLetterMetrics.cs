using System.Diagnostics.Metrics;
using Akka.Actor;
using Akka.Event;

namespace FletActors.Server.Hosting;

/// <summary>
/// Counts the actor system's dead letters on the <c>FletActors</c> meter, by kind: messages to actors that no longer
/// exist (dead_letter, and suppressed for the ones Akka does not log), and messages a mailbox or stage dropped
/// (dropped). A steady rise points at sessions answering clients that left, or at a node that stalls.
/// </summary>
internal sealed class DeadLetterMetrics
{
    private static readonly KeyValuePair<string, object?> DeadLetterTag = new("kind", "dead_letter");
    private static readonly KeyValuePair<string, object?> SuppressedTag = new("kind", "suppressed");
    private static readonly KeyValuePair<string, object?> DroppedTag = new("kind", "dropped");

    private readonly Counter<long> deadLetters;

    /// <summary>Creates the counter on a meter of <paramref name="meterFactory"/>, which owns and disposes it.</summary>
    public DeadLetterMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        deadLetters = meterFactory.Create(GrpcServerMetrics.MeterName).CreateCounter<long>("fletactors.akka.dead_letters",
            "{message}", "Messages the actor system could not deliver, by kind (dead_letter, suppressed, dropped).");

        // Every series exists from the first scrape, at 0, so that rate() and increase() see its first rise.
        deadLetters.Add(0, DeadLetterTag);
        deadLetters.Add(0, SuppressedTag);
        deadLetters.Add(0, DroppedTag);
    }

    /// <summary>Starts counting the dead letters of <paramref name="system"/>, until it terminates.</summary>
    public void Start(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var listener = system.ActorOf(Props.Create(() => new DeadLetterListener(this)), "dead-letter-metrics");
        system.EventStream.Subscribe(listener, typeof(AllDeadLetters));
    }

    internal void Seen(AllDeadLetters letter) => deadLetters.Add(1, letter switch
    {
        SuppressedDeadLetter => SuppressedTag,
        Dropped => DroppedTag,
        _ => DeadLetterTag,
    });
}
