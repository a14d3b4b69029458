using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace FletActors.Grpc.Tests.Client;

/// <summary>
/// Calls on Grpc.Net.Client by method path, for the server tests whose protos here are compiled without client
/// stubs: the healthy streams beside bad input, and streams read to the end.
/// </summary>
internal static class GrpcNetCalls
{
    // grpc-dotnet picks a call's request compression from this metadata entry and does not send it on the wire.
    private const string RequestEncodingHeader = "grpc-internal-encoding-request";

    public static AsyncDuplexStreamingCall<TRequest, TResponse> Duplex<TRequest, TResponse>(GrpcChannel channel,
        string path, string? requestCompression = null)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        var headers = requestCompression is null ? null : new Metadata { { RequestEncodingHeader, requestCompression } };
        return channel.CreateCallInvoker().AsyncDuplexStreamingCall(
            Method<TRequest, TResponse>(MethodType.DuplexStreaming, path), host: null, new CallOptions(headers));
    }

    public static AsyncServerStreamingCall<TResponse> ServerStreaming<TRequest, TResponse>(GrpcChannel channel,
        string path, TRequest request)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new() =>
        channel.CreateCallInvoker().AsyncServerStreamingCall(
            Method<TRequest, TResponse>(MethodType.ServerStreaming, path), host: null, new CallOptions(), request);

    /// <summary>The next message, or null when the call ended with OK.</summary>
    public static async Task<T?> ReadAsync<T>(this IAsyncStreamReader<T> reader)
        where T : class =>
        await reader.MoveNext() ? reader.Current : null;

    private static Method<TRequest, TResponse> Method<TRequest, TResponse>(MethodType type, string path)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        // "/package.Service/Method"
        var slash = path.LastIndexOf('/');
        return new Method<TRequest, TResponse>(type, path[1..slash], path[(slash + 1)..], Marshaller<TRequest>(),
            Marshaller<TResponse>());
    }

    private static Marshaller<T> Marshaller<T>()
        where T : class, IMessage<T>, new()
    {
        var parser = new MessageParser<T>(() => new T());
        return Marshallers.Create(message => message.ToByteArray(), parser.ParseFrom);
    }
}
