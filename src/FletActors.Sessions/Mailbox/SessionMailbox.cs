using Akka.Actor;
using Akka.Configuration;
using Akka.Dispatch;
using Akka.Dispatch.MessageQueues;

namespace FletActors.Sessions.Mailbox;

/// <summary>
/// The mailbox of the actors every session has (its entity, its page actor, its task actors): a
/// <see cref="CompactMessageQueue"/>. Akka finds a mailbox type by a config path only, so the actor system must hold
/// <see cref="Definition"/>, which <see cref="Install"/> adds to it before the first session starts.
/// </summary>
internal sealed class SessionMailbox : MailboxType, IProducesMessageQueue<CompactMessageQueue>
{
    /// <summary>The config path that <see cref="Akka.Actor.Props.WithMailbox"/> names.</summary>
    public const string ConfigPath = "fletactors.session-mailbox";

    /// <summary>The config that defines the mailbox at <see cref="ConfigPath"/>.</summary>
    public static Config Definition { get; } = ConfigurationFactory.ParseString(
        $"{ConfigPath}.mailbox-type = \"{typeof(SessionMailbox).AssemblyQualifiedName}\"");

    // Akka creates a mailbox type through this constructor, by reflection.
    public SessionMailbox(Settings settings, Config config)
        : base(settings, config)
    {
    }

    public override IMessageQueue Create(IActorRef owner, ActorSystem system) => new CompactMessageQueue();

    /// <summary>Gives <paramref name="system"/> the mailbox's config unless it already has it.</summary>
    public static void Install(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        if (!system.Settings.Config.HasPath(ConfigPath))
        {
            system.Settings.InjectTopLevelFallback(Definition);
        }
    }
}
