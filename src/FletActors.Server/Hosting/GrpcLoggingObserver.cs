using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace FletActors.Server.Hosting;

/// <summary>
/// Logs how every call ended: OK and CANCELLED (a client going away) at Debug, other statuses at Information with
/// their detail, and a handler's unexpected exception (UNKNOWN to the client) as a warning with the exception.
/// </summary>
internal sealed class GrpcLoggingObserver(ILoggerFactory loggerFactory) : IGrpcCallObserver
{
    private readonly ILogger logger = loggerFactory.CreateLogger("FletActors.Server.Grpc");

    public void CallFinished(ServerCallContext context, StatusCode status, Exception? error, TimeSpan elapsed)
    {
        var milliseconds = elapsed.TotalMilliseconds;
        switch (status)
        {
            case StatusCode.OK or StatusCode.Cancelled:
                GrpcLog.CallEnded(logger, context.Method, status, milliseconds);
                break;
            case StatusCode.Unknown when error is not RpcException:
                GrpcLog.CallCrashed(logger, context.Method, milliseconds, error);
                break;
            default:
                GrpcLog.CallFailed(logger, context.Method, status, milliseconds,
                    (error as RpcException)?.Status.Detail ?? context.Status.Detail);
                break;
        }
    }
}
