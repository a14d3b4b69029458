namespace FletActors.Grpc;

/// <summary>Handles a unary call: one request in, one response out.</summary>
public delegate Task<TResponse> UnaryMethod<in TRequest, TResponse>(TRequest request, ServerCallContext context);
