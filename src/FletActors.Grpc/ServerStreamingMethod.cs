namespace FletActors.Grpc;

/// <summary>Handles a server-streaming call: one request in, any number of responses out.</summary>
public delegate Task ServerStreamingMethod<in TRequest, TResponse>(TRequest request,
    ResponseStreamWriter<TResponse> responses, ServerCallContext context)
    where TResponse : class, Google.Protobuf.IMessage<TResponse>;
