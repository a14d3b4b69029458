using Google.Protobuf;

namespace FletActors.Grpc.Calls;

internal sealed class DuplexStreamingCallHandler<TRequest, TResponse>(
    string method, MessageParser<TRequest> parser, DuplexStreamingMethod<TRequest, TResponse> handler)
    : ServerCallHandler(method, streamingRequest: true, streamingResponse: true)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    protected override async Task<IMessage?> InvokeAsync(GrpcCall call, ServerCallContext context)
    {
        var responses = new ResponseStreamWriter<TResponse>(call);
        try
        {
            await handler(new RequestStreamReader<TRequest>(call, parser), responses, context).ConfigureAwait(false);
        }
        finally
        {
            responses.Complete();
        }

        return null;
    }
}
