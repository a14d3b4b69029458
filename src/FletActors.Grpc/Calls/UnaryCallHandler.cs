using Google.Protobuf;

namespace FletActors.Grpc.Calls;

internal sealed class UnaryCallHandler<TRequest, TResponse>(
    string method, MessageParser<TRequest> parser, UnaryMethod<TRequest, TResponse> handler)
    : ServerCallHandler(method, streamingRequest: false, streamingResponse: false)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    protected override async Task<IMessage?> InvokeAsync(GrpcCall call, ServerCallContext context)
    {
        var request = await call.ReadSingleMessageAsync(parser).ConfigureAwait(false);
        return await handler(request, context).ConfigureAwait(false);
    }
}
