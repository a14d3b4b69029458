using FletActors.Protocol.V1;
using Microsoft.Extensions.Logging;

namespace FletActors.Sessions;

// Lifecycle events (start, resume, disconnect, close, replace) are Debug: at the default levels they are counted by
// SessionMetrics instead, so that a node holding tens of thousands of sessions writes only what needs a look.
internal static partial class SessionLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Session {SessionId} started app {App} on connection {ConnectionId}")]
    public static partial void Started(ILogger logger, string sessionId, string app, string connectionId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug,
        Message = "Session {SessionId} resumed on connection {ConnectionId}: {Resent} missed batches resent, full reset {Reset}")]
    public static partial void Resumed(ILogger logger, string sessionId, string connectionId, int resent, bool reset);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "Session {SessionId} lost its client; it closes unless resumed within {Timeout}")]
    public static partial void Disconnected(ILogger logger, string sessionId, TimeSpan timeout);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Debug, Message = "Session {SessionId} closed: {Reason}")]
    public static partial void Closed(ILogger logger, string sessionId, SessionClosed.Types.Reason reason);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error,
        Message = "Session {SessionId}: {What} failed (control {ControlId}, event {EventName}); the session goes on")]
    public static partial void HandlerFailed(ILogger logger, string sessionId, string what, ulong controlId, string eventName, Exception exception);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Debug, Message = "Session {SessionId} refused client input ({Code}): {Detail}")]
    public static partial void InputRejected(ILogger logger, string sessionId, ErrorCode code, string detail);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Debug,
        Message = "Session {SessionId} holds {Window} unacknowledged batches; further changes wait in the tree")]
    public static partial void OutputDeferred(ILogger logger, string sessionId, int window);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Debug, Message = "Session {SessionId}: connection {Old} replaced by {New}")]
    public static partial void Replaced(ILogger logger, string sessionId, string old, string @new);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Warning, Message = "Resume of session {SessionId} refused: wrong resume token")]
    public static partial void WrongToken(ILogger logger, string sessionId);

    [LoggerMessage(EventId = 4030, Level = LogLevel.Warning, Message = "Call for session {SessionId} refused: it comes from another user than the session's")]
    public static partial void WrongUser(ILogger logger, string sessionId);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "Session {SessionId} exceeded {Limit} events per second; events dropped")]
    public static partial void RateLimited(ILogger logger, string sessionId, int limit);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Debug, Message = "Session {SessionId} lost connection {ConnectionId}: its queue refused a message")]
    public static partial void ConnectionFailed(ILogger logger, string sessionId, string connectionId);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "Session {SessionId} failed to start: {Detail}")]
    public static partial void StartFailed(ILogger logger, string sessionId, string detail, Exception exception);

    [LoggerMessage(EventId = 4014, Level = LogLevel.Debug,
        Message = "Session {SessionId} dropped client input {InputSeq}, already accepted (last {Last}); {Duplicates} duplicates so far")]
    public static partial void DuplicateInput(ILogger logger, string sessionId, ulong inputSeq, ulong last, long duplicates);

    [LoggerMessage(EventId = 4015, Level = LogLevel.Warning, Message = "Session {SessionId} refused client input {InputSeq}: expected {Expected}")]
    public static partial void InputGap(ILogger logger, string sessionId, ulong expected, ulong inputSeq);

    [LoggerMessage(EventId = 4016, Level = LogLevel.Information,
        Message = "Session {OldSessionId} restarted as {NewSessionId} (app {App}, {Values} Page.Session values): {Reason}")]
    public static partial void Restarted(ILogger logger, string oldSessionId, string newSessionId, string app, int values, string reason);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Information, Message = "Session {SessionId}: the client failed method call {CallId}: {Error}")]
    public static partial void ClientMethodFailed(ILogger logger, string sessionId, ulong callId, string error);
}
