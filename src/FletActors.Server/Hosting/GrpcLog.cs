using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace FletActors.Server.Hosting;

internal static partial class GrpcLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "{Method} ended {Status} after {ElapsedMs:F1} ms")]
    public static partial void CallEnded(ILogger logger, string method, StatusCode status, double elapsedMs);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "{Method} ended {Status} after {ElapsedMs:F1} ms: {Detail}")]
    public static partial void CallFailed(ILogger logger, string method, StatusCode status, double elapsedMs, string detail);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "{Method} failed after {ElapsedMs:F1} ms with an unexpected exception (UNKNOWN to the client)")]
    public static partial void CallCrashed(ILogger logger, string method, double elapsedMs, Exception? exception);
}
