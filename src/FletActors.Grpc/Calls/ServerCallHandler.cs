using FletActors.Protocol;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;

namespace FletActors.Grpc.Calls;

/// <summary>
/// Runs one call of a registered method: deadline, limits, the handler, and the status. Each call shape has its
/// own subclass that reads requests and produces responses the way that shape needs.
/// </summary>
internal abstract class ServerCallHandler(string method, bool streamingRequest, bool streamingResponse)
{
    public string Method { get; } = method;

    public async Task HandleAsync(HttpContext http, GrpcWireMode mode, GrpcServerRuntime runtime)
    {
        RelaxKestrelLimits(http);
        TimeSpan? timeout = null;
        var timeoutHeader = http.Request.Headers[GrpcProtocol.TimeoutHeader].ToString();
        if (timeoutHeader.Length > 0)
        {
            if (!GrpcTimeout.TryParse(timeoutHeader, out var parsed))
            {
                GrpcServerLog.InvalidTimeout(runtime.Logger, Method, timeoutHeader);
                await GrpcRequestDispatcher.WriteTrailersOnlyAsync(http, mode, new Status(StatusCode.Internal,
                    $"Invalid grpc-timeout header '{timeoutHeader}'.")).ConfigureAwait(false);
                return;
            }

            timeout = parsed;
        }

        var call = new GrpcCall(http, mode, runtime, timeout);
        GrpcServerLog.CallStarted(runtime.Logger, Method, mode.ToString(), call.Deadline);
        var context = new ServerCallContext(call, Method);
        var handler = InvokeAsync(call, context);
        Status status;
        IMessage? response = null;
        await Task.WhenAny(handler, call.Interrupted).ConfigureAwait(false);
        if (handler.IsCompleted)
        {
            try
            {
                response = await handler.ConfigureAwait(false);
                status = Status.Ok;
            }
            catch (Exception ex)
            {
                status = ToStatus(ex, call);
            }
        }
        else
        {
            // The deadline passed or the client left while the handler still runs: answer now, and let the handler
            // wind down on its cancelled token without holding the stream.
            status = InterruptedStatus(call);
            _ = handler.ContinueWith(static (t, s) =>
            {
                var c = (GrpcCall)s!;
                GrpcServerLog.HandlerOutlivedCall(c.Logger, c.Http.Request.Path, t.Exception?.GetBaseException());
                c.Dispose();
            }, call, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        try
        {
            await FinishAsync(call, response, status).ConfigureAwait(false);
        }
        finally
        {
            if (handler.IsCompleted)
            {
                call.Dispose();
            }
        }
    }

    /// <summary>Reads the request(s) and runs the user's handler; returns the single response of unary-response
    /// shapes, or <see langword="null"/> when responses were streamed.</summary>
    protected abstract Task<IMessage?> InvokeAsync(GrpcCall call, ServerCallContext context);

    private async Task FinishAsync(GrpcCall call, IMessage? response, Status status)
    {
        if (response is not null && status.Code == StatusCode.OK && !call.CancellationToken.IsCancellationRequested)
        {
            try
            {
                var frame = call.EncodeResponse(response);
                await call.WriteFrameAsync(frame, flush: false).ConfigureAwait(false);
            }
            catch (RpcException ex)
            {
                status = ex.Status;
            }
        }
        else if (call.CancellationToken.IsCancellationRequested && status.Code == StatusCode.OK)
        {
            status = InterruptedStatus(call);
        }

        LogOutcome(call, status);
        try
        {
            await call.CompleteAsync(status).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or InvalidOperationException)
        {
            GrpcServerLog.ResponseWriteStopped(call.Logger, Method, ex.Message);
        }
    }

    private void LogOutcome(GrpcCall call, Status status)
    {
        switch (status.Code)
        {
            case StatusCode.Cancelled when call.ClientCancelled:
                GrpcServerLog.CallCancelledByClient(call.Logger, Method);
                break;
            case StatusCode.DeadlineExceeded when call.DeadlineExceeded:
                GrpcServerLog.DeadlineExceeded(call.Logger, Method, call.Deadline);
                break;
            case StatusCode.OK:
                break;
            default:
                GrpcServerLog.HandlerReturnedError(call.Logger, Method, status.Code, status.Detail);
                break;
        }

        GrpcServerLog.CallFinished(call.Logger, Method, status.Code);
    }

    private Status ToStatus(Exception exception, GrpcCall call)
    {
        switch (exception)
        {
            case RpcException rpc:
                return rpc.Status;
            case OperationCanceledException or IOException when call.CancellationToken.IsCancellationRequested:
                return InterruptedStatus(call);
            default:
                GrpcServerLog.HandlerFailed(call.Logger, Method, exception);
                return new Status(StatusCode.Unknown, "Exception was thrown by handler.");
        }
    }

    private static Status InterruptedStatus(GrpcCall call) => call.DeadlineExceeded
        ? new Status(StatusCode.DeadlineExceeded, "Deadline exceeded.")
        : new Status(StatusCode.Cancelled, "The call was cancelled by the client.");

    private void RelaxKestrelLimits(HttpContext http)
    {
        // gRPC enforces its own per-message limit; the body of a stream has no total size.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = null;
        }

        // An idle stream is normal for gRPC (a session waiting for its next event); Kestrel's minimum data rates
        // would otherwise abort it.
        if (streamingRequest && http.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } requestRate)
        {
            requestRate.MinDataRate = null;
        }

        if (streamingResponse && http.Features.Get<IHttpMinResponseDataRateFeature>() is { } responseRate)
        {
            responseRate.MinDataRate = null;
        }
    }
}
