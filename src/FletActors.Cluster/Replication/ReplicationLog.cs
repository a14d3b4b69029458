using Microsoft.Extensions.Logging;

namespace FletActors.Cluster.Replication;

internal static partial class ReplicationLog
{
    [LoggerMessage(EventId = 7201, Level = LogLevel.Warning,
        Message = "Session {SessionId}: Page.Session value {Key} stays on this node only, it is not restored if the node is lost: {Problem}")]
    public static partial void ValueNotReplicated(ILogger logger, string sessionId, string key, string problem);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning,
        Message = "Session {SessionId}: Page.Session value {Key} could not be restored: {Problem}")]
    public static partial void ValueNotRestored(ILogger logger, string sessionId, string key, string problem);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Warning, Message = "The replicated record of session {SessionId} is unreadable: {Problem}")]
    public static partial void RecordUnreadable(ILogger logger, string sessionId, string problem);

    [LoggerMessage(EventId = 7204, Level = LogLevel.Debug, Message = "A session record write did not reach a majority in time ({Key}); gossip spreads it")]
    public static partial void WriteNotConfirmed(ILogger logger, string key);

    [LoggerMessage(EventId = 7205, Level = LogLevel.Information,
        Message = "Deleted {Count} session records of node {Node}, removed from the cluster more than {Timeout} ago")]
    public static partial void OrphansDeleted(ILogger logger, int count, string node, TimeSpan timeout);
}
