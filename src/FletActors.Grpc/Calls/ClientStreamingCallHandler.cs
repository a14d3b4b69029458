using Google.Protobuf;

namespace FletActors.Grpc.Calls;

internal sealed class ClientStreamingCallHandler<TRequest, TResponse>(
    string method, MessageParser<TRequest> parser, ClientStreamingMethod<TRequest, TResponse> handler)
    : ServerCallHandler(method, streamingRequest: true, streamingResponse: false)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    protected override async Task<IMessage?> InvokeAsync(GrpcCall call, ServerCallContext context) =>
        await handler(new RequestStreamReader<TRequest>(call, parser), context).ConfigureAwait(false);
}
