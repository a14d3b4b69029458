using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace FletActors.Client;

internal static partial class SessionClientLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Session started (resumed: {Resumed}, epoch {Epoch})")]
    public static partial void Started(ILogger logger, bool resumed, ulong epoch);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "The server ended the session stream")]
    public static partial void StreamEnded(ILogger logger);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "The session connection dropped")]
    public static partial void ConnectionDropped(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Reconnecting after {Reason}: attempt {Attempt} in {Delay}")]
    public static partial void Reconnecting(ILogger logger, string reason, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "Gave up after {Failures} failed connection attempts in a row")]
    public static partial void GaveUp(ILogger logger, int failures);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Patch batch rejected; resuming")]
    public static partial void BatchRejected(ILogger logger, PatchRejectedException exception);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "The server reported {Code} for control {ControlId}: {Message}")]
    public static partial void ErrorReported(ILogger logger, string code, ulong controlId, string message);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Information, Message = "The server closed the session ({Reason}): {Message}")]
    public static partial void SessionClosed(ILogger logger, string reason, string message);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "Writing to the session stream failed")]
    public static partial void WriteFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Debug, Message = "Closing a session connection failed")]
    public static partial void DisposeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "A subscriber to {EventArgs} threw")]
    public static partial void SubscriberFailed(ILogger logger, string eventArgs, Exception exception);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "The result of method call {CallId} could not be sent")]
    public static partial void MethodResultDropped(ILogger logger, ulong callId, Exception exception);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Warning, Message = "Ignoring a server message of unknown kind {Kind}")]
    public static partial void UnknownMessage(ILogger logger, string kind);

    [LoggerMessage(EventId = 2014, Level = LogLevel.Warning, Message = "The server no longer has the session ({Code}: {Detail}); registering a new one")]
    public static partial void SessionGone(ILogger logger, StatusCode code, string detail);

    [LoggerMessage(EventId = 2015, Level = LogLevel.Error, Message = "The server refused the session ({Code}: {Detail}); giving up")]
    public static partial void Refused(ILogger logger, StatusCode code, string detail);

    [LoggerMessage(EventId = 2016, Level = LogLevel.Warning, Message = "Session {PreviousSessionId} is gone with its node; the app started again as session {SessionId}")]
    public static partial void SessionRestarted(ILogger logger, string? previousSessionId, string sessionId);
}
