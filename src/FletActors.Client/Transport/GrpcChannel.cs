using FletActors.Protocol;
using Google.Protobuf;

namespace FletActors.Client.Transport;

/// <summary>
/// Calls gRPC methods on one server over HTTP/2 (h2c for <c>http://</c>, TLS for <c>https://</c>).
/// </summary>
/// <example>
/// <code>
/// using var channel = new GrpcChannel(new Uri("http://127.0.0.1:5000"));
/// using var call = channel.DuplexStreaming&lt;ClientMessage, ServerMessage&gt;(
///     "/fletactors.v1.SessionService/Connect", ServerMessage.Parser);
/// await call.RequestStream.WriteAsync(new ClientMessage { Register = new Register() });
/// while (await call.ResponseStream.ReadAsync() is { } message) { /* apply it */ }
/// </code>
/// A failed call throws <see cref="RpcException"/> carrying the server's status.
/// </example>
public sealed class GrpcChannel : IDisposable
{
    private readonly HttpMessageInvoker invoker;
    private readonly bool ownsInvoker;

    /// <summary>Creates a channel with its own HTTP/2 connection pool.</summary>
    public GrpcChannel(Uri address, GrpcChannelOptions? options = null)
        : this(address, new HttpMessageInvoker(CreateHandler()), options, ownsInvoker: true)
    {
    }

    /// <summary>Creates a channel over a caller-owned handler (TLS settings, proxies, test hooks).</summary>
    public GrpcChannel(Uri address, HttpMessageInvoker invoker, GrpcChannelOptions? options = null)
        : this(address, invoker, options, ownsInvoker: false)
    {
    }

    private GrpcChannel(Uri address, HttpMessageInvoker invoker, GrpcChannelOptions? options, bool ownsInvoker)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(invoker);
        Options = options ?? GrpcChannelOptions.Default;
        Options.Validate();
        Address = address;
        this.invoker = invoker;
        this.ownsInvoker = ownsInvoker;
    }

    /// <summary>The server's base address.</summary>
    public Uri Address { get; }

    /// <summary>The channel's limits.</summary>
    public GrpcChannelOptions Options { get; }

    /// <summary>Calls a unary method, e.g. <c>/fletactors.v1.SessionService/Send</c>.</summary>
    /// <exception cref="RpcException">The call ended with a non-OK status.</exception>
    public async Task<TResponse> UnaryAsync<TRequest, TResponse>(string method, TRequest request,
        MessageParser<TResponse> parser, CallOptions? options = null)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var callOptions = options ?? CallOptions.None;
        var compression = Options.RequestMessageCompression(callOptions);
        using var call = Start(method, SingleMessage(request, compression), parser, callOptions, compression);
        var response = await call.ReadMessageAsync(CancellationToken.None).ConfigureAwait(false)
            ?? throw new RpcException(StatusCode.Internal, "The server ended a unary call with OK but no response.");
        if (await call.ReadMessageAsync(CancellationToken.None).ConfigureAwait(false) is not null)
        {
            throw new RpcException(StatusCode.Internal, "The server sent more than one response to a unary call.");
        }

        return response;
    }

    /// <summary>Starts a server-streaming call.</summary>
    public ServerStreamingCall<TResponse> ServerStreaming<TRequest, TResponse>(string method, TRequest request,
        MessageParser<TResponse> parser, CallOptions? options = null)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var callOptions = options ?? CallOptions.None;
        var compression = Options.RequestMessageCompression(callOptions);
        return new(Start(method, SingleMessage(request, compression), parser, callOptions, compression));
    }

    /// <summary>Starts a bidirectional streaming call.</summary>
    public DuplexStreamingCall<TRequest, TResponse> DuplexStreaming<TRequest, TResponse>(string method,
        MessageParser<TResponse> parser, CallOptions? options = null)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var callOptions = options ?? CallOptions.None;
        var compression = Options.RequestMessageCompression(callOptions);
        var content = new StreamingRequestContent(Options.RequestWriterCapacity);
        return new DuplexStreamingCall<TRequest, TResponse>(Start(method, content, parser, callOptions, compression),
            content, Options.MaxSendMessageSize, compression);
    }

    /// <summary>Closes the connections when the channel created them.</summary>
    public void Dispose()
    {
        if (ownsInvoker)
        {
            invoker.Dispose();
        }
    }

    private ClientCall<TResponse> Start<TResponse>(string method, HttpContent content, MessageParser<TResponse> parser,
        CallOptions options, MessageCompression? compression)
        where TResponse : class, IMessage<TResponse>
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(parser);
        return new ClientCall<TResponse>(invoker, Address, method, content, parser, Options, options, compression);
    }

    private ByteArrayContent SingleMessage<TRequest>(TRequest request, MessageCompression? compression)
        where TRequest : class, IMessage<TRequest>
    {
        ArgumentNullException.ThrowIfNull(request);
        var content = new ByteArrayContent(GrpcFrameCodec.EncodeMessage(request, Options.MaxSendMessageSize, compression));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(GrpcProtocol.ContentType);
        return content;
    }

    private static SocketsHttpHandler CreateHandler() => new()
    {
        EnableMultipleHttp2Connections = true,
        KeepAlivePingDelay = TimeSpan.FromSeconds(60),
        KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
        PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
    };
}
