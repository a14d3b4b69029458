using Microsoft.Extensions.Logging;

namespace FletActors.Server.Hosting;

internal static partial class ServerLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "FletActors serving apps [{Apps}] — open {HttpUrl} in a browser; native gRPC ({Mode}) at {GrpcUrl}")]
    public static partial void Started(ILogger logger, string apps, Uri httpUrl, Uri grpcUrl, string mode);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Shutting down: closing {Sessions} sessions")]
    public static partial void Stopping(ILogger logger, int sessions);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Sessions did not close within {Timeout}; stopping anyway")]
    public static partial void ShutdownTimedOut(ILogger logger, TimeSpan timeout);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning,
        Message = "A client that vanished is noticed only after {Detection} (Http2KeepAlivePingDelaySeconds + Http2KeepAlivePingTimeoutSeconds), later than the session timeout {SessionTimeout}")]
    public static partial void KeepAliveSlowerThanSessionTimeout(ILogger logger, TimeSpan detection, TimeSpan sessionTimeout);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Draining: closing {Sessions} sessions with {Reason}")]
    public static partial void Draining(ILogger logger, int sessions, string reason);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error,
        Message = "The actor system was shut down by {Reason}, not by a stop request; exiting with code {ExitCode}")]
    public static partial void ExitingAfterShutdownBy(ILogger logger, string reason, int exitCode);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning,
        Message = "This node did not finish leaving its cluster within {Timeout} (FletActors:Cluster:LeaveTimeoutSeconds); exiting anyway")]
    public static partial void LeaveTimedOut(ILogger logger, TimeSpan timeout);
}
