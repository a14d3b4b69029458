using FletActors.Sessions.PubSub;
using Microsoft.Extensions.Logging;

namespace FletActors.Cluster.PubSub;

/// <summary>Log events of pub/sub across the cluster.</summary>
internal static partial class ClusterPubSubLog
{
    [LoggerMessage(EventId = 4601, Level = LogLevel.Error,
        Message = "A pub/sub message on topic {Topic} from session {SenderSessionId} could not be read on this node and was dropped")]
    public static partial void Unreadable(ILogger logger, PubSubTopic topic, string senderSessionId, Exception exception);
}
