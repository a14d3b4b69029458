using Microsoft.Extensions.Logging;

namespace FletActors.Actors;

/// <summary>Log messages of supervision and lifecycle hooks.</summary>
internal static partial class SupervisionLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Actor {Path} failed handling {MessageType}; directive {Directive}")]
    public static partial void ChildFailed(ILogger logger, ActorPath path, string messageType, Directive directive, Exception exception);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Actor {Path} exceeded its restart limit and is stopped")]
    public static partial void RestartLimitExceeded(ILogger logger, ActorPath path);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "PostStop of actor {Path} threw")]
    public static partial void PostStopFailed(ILogger logger, ActorPath path, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "PreRestart of actor {Path} threw; restarting anyway")]
    public static partial void PreRestartFailed(ILogger logger, ActorPath path, Exception exception);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Actor {Path} failed while stopping")]
    public static partial void FailedWhileStopping(ILogger logger, ActorPath path, Exception exception);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "A handler of {MessageType} from an earlier incarnation of actor {Path} failed after a restart or stop")]
    public static partial void StaleHandlerFailed(ILogger logger, ActorPath path, string messageType, Exception exception);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "Top-level actor {Path} escalated a failure; the guardian stops it")]
    public static partial void EscalatedToGuardian(ILogger logger, ActorPath path, Exception exception);
}
