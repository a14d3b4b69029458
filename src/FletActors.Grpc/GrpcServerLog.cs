using Microsoft.Extensions.Logging;

namespace FletActors.Grpc;

/// <summary>The server's log messages; event ids are stable (1xxx: calls, 2xxx: bad requests, 3xxx: health).</summary>
internal static partial class GrpcServerLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "gRPC call {Method} started ({Mode}, deadline {Deadline:o}).")]
    public static partial void CallStarted(ILogger logger, string method, string mode, DateTime deadline);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "gRPC call {Method} finished with {StatusCode}.")]
    public static partial void CallFinished(ILogger logger, string method, Protocol.StatusCode statusCode);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "gRPC call {Method} was cancelled by the client.")]
    public static partial void CallCancelledByClient(ILogger logger, string method);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "gRPC call {Method} exceeded its deadline {Deadline:o}.")]
    public static partial void DeadlineExceeded(ILogger logger, string method, DateTime deadline);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "gRPC handler {Method} threw an unexpected exception.")]
    public static partial void HandlerFailed(ILogger logger, string method, Exception exception);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Debug, Message = "gRPC handler {Method} failed with {StatusCode}: {Detail}")]
    public static partial void HandlerReturnedError(ILogger logger, string method, Protocol.StatusCode statusCode, string detail);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Debug, Message = "Response writer of {Path} stopped: {Reason}")]
    public static partial void ResponseWriteStopped(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Debug, Message = "gRPC handler {Method} ended after its call was already over.")]
    public static partial void HandlerOutlivedCall(ILogger logger, string method, Exception? exception);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Refused {Path}: content type '{ContentType}' is not gRPC (415).")]
    public static partial void UnsupportedContentType(ILogger logger, string path, string? contentType);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "gRPC call to unknown {Path}: {Detail}")]
    public static partial void Unimplemented(ILogger logger, string path, string detail);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "gRPC call {Path} has an invalid grpc-timeout '{Timeout}'.")]
    public static partial void InvalidTimeout(ILogger logger, string path, string timeout);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Refused CORS request to {Path} from origin '{Origin}'.")]
    public static partial void CorsOriginRefused(ILogger logger, string path, string origin);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Health of '{Service}' is now {Status}.")]
    public static partial void HealthChanged(ILogger logger, string service, string status);
}
