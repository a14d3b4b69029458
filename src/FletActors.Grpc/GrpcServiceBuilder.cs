using FletActors.Grpc.Calls;
using Google.Protobuf;

namespace FletActors.Grpc;

/// <summary>
/// Registers the methods of one gRPC service, each with its call shape, its request parser and its handler.
/// </summary>
/// <example>
/// Hosting the session service beside health checks:
/// <code>
/// var builder = WebApplication.CreateBuilder();
/// builder.Services.AddFletActorsGrpc(new GrpcServerOptions { CorsAllowedOrigins = ["https://app.example"] });
/// var app = builder.Build();
///
/// var sessions = new GrpcServiceBuilder("fletactors.v1.SessionService")
///     .AddDuplexStreaming&lt;ClientMessage, ServerMessage&gt;("Connect", ClientMessage.Parser,
///         async (requests, responses, context) =>
///         {
///             await foreach (var message in requests.WithCancellation(context.CancellationToken))
///             {
///                 await responses.WriteAsync(Handle(message), context.CancellationToken);
///             }
///         })
///     .AddServerStreaming&lt;OpenRequest, ServerMessage&gt;("Open", OpenRequest.Parser, OpenAsync)
///     .AddUnary("Send", SendRequest.Parser, (SendRequest request, ServerCallContext context) =>
///         Task.FromResult(new SendResponse()))
///     .Build();
///
/// app.MapGrpcService(sessions);
/// app.MapGrpcHealthService();
/// </code>
/// A handler ends the call with an error by throwing <c>new RpcException(StatusCode.NotFound, "no such session")</c>;
/// returning normally ends it with OK.
/// </example>
public sealed class GrpcServiceBuilder
{
    private readonly string serviceName;
    private readonly List<(string Name, ServerCallHandler Handler)> methods = [];

    /// <summary>Starts a service with its fully qualified name (<c>package.Service</c>).</summary>
    /// <exception cref="ArgumentException">The name is blank or contains '/'.</exception>
    public GrpcServiceBuilder(string serviceName)
    {
        ValidateName(serviceName, nameof(serviceName));
        this.serviceName = serviceName;
    }

    /// <summary>Adds a unary method.</summary>
    public GrpcServiceBuilder AddUnary<TRequest, TResponse>(string name, MessageParser<TRequest> parser,
        UnaryMethod<TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(handler);
        return Add(name, path => new UnaryCallHandler<TRequest, TResponse>(path, parser, handler));
    }

    /// <summary>Adds a server-streaming method.</summary>
    public GrpcServiceBuilder AddServerStreaming<TRequest, TResponse>(string name, MessageParser<TRequest> parser,
        ServerStreamingMethod<TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(handler);
        return Add(name, path => new ServerStreamingCallHandler<TRequest, TResponse>(path, parser, handler));
    }

    /// <summary>Adds a client-streaming method.</summary>
    public GrpcServiceBuilder AddClientStreaming<TRequest, TResponse>(string name, MessageParser<TRequest> parser,
        ClientStreamingMethod<TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(handler);
        return Add(name, path => new ClientStreamingCallHandler<TRequest, TResponse>(path, parser, handler));
    }

    /// <summary>Adds a bidirectional streaming method.</summary>
    public GrpcServiceBuilder AddDuplexStreaming<TRequest, TResponse>(string name, MessageParser<TRequest> parser,
        DuplexStreamingMethod<TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(handler);
        return Add(name, path => new DuplexStreamingCallHandler<TRequest, TResponse>(path, parser, handler));
    }

    /// <summary>Freezes the registrations into a definition.</summary>
    public GrpcServiceDefinition Build() => new(serviceName, methods.ToArray());

    private GrpcServiceBuilder Add(string name, Func<string, ServerCallHandler> create)
    {
        ValidateName(name, nameof(name));
        if (methods.Exists(m => m.Name == name))
        {
            throw new ArgumentException($"Method '{name}' is already registered on '{serviceName}'.", nameof(name));
        }

        methods.Add((name, create($"/{serviceName}/{name}")));
        return this;
    }

    private static void ValidateName(string name, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, parameter);
        if (name.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' must not contain '/'.", parameter);
        }
    }
}
