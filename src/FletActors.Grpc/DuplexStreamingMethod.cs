namespace FletActors.Grpc;

/// <summary>Handles a bidirectional streaming call: requests and responses flow independently.</summary>
public delegate Task DuplexStreamingMethod<TRequest, TResponse>(RequestStreamReader<TRequest> requests,
    ResponseStreamWriter<TResponse> responses, ServerCallContext context)
    where TRequest : class, Google.Protobuf.IMessage<TRequest>
    where TResponse : class, Google.Protobuf.IMessage<TResponse>;
