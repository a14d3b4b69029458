using Grpc.Core;
using Grpc.Core.Interceptors;

namespace FletActors.Server.Hosting;

/// <summary>
/// A server interceptor that sees every call of every kind end, once, with the status its handler produced; the
/// logging and metrics interceptors say what to do with it.
/// </summary>
internal abstract class GrpcCallInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request,
        ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            var response = await continuation(request, context).ConfigureAwait(false);
            Finished(context, null, TimeProvider.System.GetElapsedTime(started));
            return response;
        }
        catch (Exception e)
        {
            Finished(context, e, TimeProvider.System.GetElapsedTime(started));
            throw;
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            var response = await continuation(requestStream, context).ConfigureAwait(false);
            Finished(context, null, TimeProvider.System.GetElapsedTime(started));
            return response;
        }
        catch (Exception e)
        {
            Finished(context, e, TimeProvider.System.GetElapsedTime(started));
            throw;
        }
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request,
        IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        ObserveAsync(context, () => continuation(request, responseStream, context));

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream,
        IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        ObserveAsync(context, () => continuation(requestStream, responseStream, context));

    /// <summary>Called once per call when its handler has returned or thrown (<paramref name="error"/>).</summary>
    protected abstract void Finished(ServerCallContext context, Exception? error, TimeSpan elapsed);

    private async Task ObserveAsync(ServerCallContext context, Func<Task> handler)
    {
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            await handler().ConfigureAwait(false);
            Finished(context, null, TimeProvider.System.GetElapsedTime(started));
        }
        catch (Exception e)
        {
            Finished(context, e, TimeProvider.System.GetElapsedTime(started));
            throw;
        }
    }
}
