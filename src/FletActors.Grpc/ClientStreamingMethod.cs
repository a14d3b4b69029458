namespace FletActors.Grpc;

/// <summary>Handles a client-streaming call: any number of requests in, one response out.</summary>
public delegate Task<TResponse> ClientStreamingMethod<TRequest, TResponse>(RequestStreamReader<TRequest> requests,
    ServerCallContext context)
    where TRequest : class, Google.Protobuf.IMessage<TRequest>;
