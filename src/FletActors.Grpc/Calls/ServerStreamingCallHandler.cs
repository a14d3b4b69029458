using Google.Protobuf;

namespace FletActors.Grpc.Calls;

internal sealed class ServerStreamingCallHandler<TRequest, TResponse>(
    string method, MessageParser<TRequest> parser, ServerStreamingMethod<TRequest, TResponse> handler)
    : ServerCallHandler(method, streamingRequest: false, streamingResponse: true)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    protected override async Task<IMessage?> InvokeAsync(GrpcCall call, ServerCallContext context)
    {
        var request = await call.ReadSingleMessageAsync(parser).ConfigureAwait(false);
        var responses = new ResponseStreamWriter<TResponse>(call);
        try
        {
            await handler(request, responses, context).ConfigureAwait(false);
        }
        finally
        {
            responses.Complete();
        }

        return null;
    }
}
