using Grpc.Core;
using Grpc.Core.Interceptors;

namespace FletActors.Server.Hosting;

/// <summary>
/// The server interceptor that sees every call of every kind end, once, with the status its handler produced, and
/// tells each <see cref="IGrpcCallObserver"/> (logging, metrics). One interceptor for all of them keeps a long-lived
/// stream to one extra async frame, however many observers there are.
/// </summary>
internal sealed class GrpcCallInterceptor(IEnumerable<IGrpcCallObserver> observers) : Interceptor
{
    private readonly IGrpcCallObserver[] observers = [.. observers];

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

    private void Finished(ServerCallContext context, Exception? error, TimeSpan elapsed)
    {
        var status = GrpcCallOutcome.Of(context, error);
        foreach (var observer in observers)
        {
            observer.CallFinished(context, status, error, elapsed);
        }
    }

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
