using FletActors.Sessions.PubSub;

namespace FletActors.Cluster.PubSub;

/// <summary>
/// The DistributedPubSub topic of each <see cref="PubSubTopic"/>. Named topics are prefixed and the general channel
/// has a name without that prefix, so no topic an app names, whatever its text, shares the general channel's.
/// </summary>
internal static class MediatorTopics
{
    /// <summary>The mediator topic of the general channel.</summary>
    public const string General = "fletactors-general";

    /// <summary>What every named topic's mediator topic starts with.</summary>
    public const string NamedPrefix = "fletactors-topic:";

    public static string NameOf(PubSubTopic topic) => topic.IsGeneral ? General : NamedPrefix + topic.Name;
}
