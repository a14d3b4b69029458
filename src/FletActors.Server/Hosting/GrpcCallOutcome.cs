using Grpc.Core;

namespace FletActors.Server.Hosting;

/// <summary>The status a server call ended with, as the client sees it, from what its handler did.</summary>
internal static class GrpcCallOutcome
{
    /// <summary>
    /// The status of a handler that returned (<paramref name="error"/> null: the status it set, OK by default) or
    /// threw: an <see cref="RpcException"/> carries its own, a cancelled call is CANCELLED (or DEADLINE_EXCEEDED once
    /// its deadline passed), anything else reaches the client as UNKNOWN.
    /// </summary>
    public static StatusCode Of(ServerCallContext context, Exception? error) => error switch
    {
        null => context.Status.StatusCode,
        RpcException rpc => rpc.StatusCode,
        OperationCanceledException or IOException when context.CancellationToken.IsCancellationRequested =>
            context.Deadline <= DateTime.UtcNow ? StatusCode.DeadlineExceeded : StatusCode.Cancelled,
        _ => StatusCode.Unknown,
    };
}
