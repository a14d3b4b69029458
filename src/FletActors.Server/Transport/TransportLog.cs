using Microsoft.Extensions.Logging;

namespace FletActors.Server.Transport;

internal static partial class TransportLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Session {SessionId} attached connection {ConnectionId} ({Method})")]
    public static partial void StreamAttached(ILogger logger, string sessionId, string connectionId, string method);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Session {SessionId} detached connection {ConnectionId}")]
    public static partial void StreamDetached(ILogger logger, string sessionId, string connectionId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Session {SessionId} exceeded its event rate; events dropped")]
    public static partial void RateLimited(ILogger logger, string sessionId);
}
