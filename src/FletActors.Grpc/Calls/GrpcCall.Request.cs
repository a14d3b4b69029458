using FletActors.Protocol;
using Google.Protobuf;

namespace FletActors.Grpc.Calls;

internal sealed partial class GrpcCall
{
    /// <summary>Reads the next request message; <see langword="null"/> at the clean end of the request stream.</summary>
    public async ValueTask<T?> ReadMessageAsync<T>(MessageParser<T> parser, CancellationToken cancellationToken)
        where T : class, IMessage<T>
    {
        var frame = await GrpcFrameCodec.ReadFrameAsync(RequestReader, Options.MaxReceiveMessageSize, cancellationToken)
            .ConfigureAwait(false);
        // An encoding the server does not know is UNIMPLEMENTED (compression.md); grpc-accept-encoding, sent with
        // every response's headers, tells the client what to use instead.
        return frame is { } f
            ? GrpcFrameCodec.ParseMessage(f, parser, RequestEncoding, Options.MaxReceiveMessageSize, StatusCode.Unimplemented)
            : null;
    }

    /// <summary>Reads the one request of a unary or server-streaming call and checks nothing follows it.</summary>
    public async ValueTask<T> ReadSingleMessageAsync<T>(MessageParser<T> parser)
        where T : class, IMessage<T>
    {
        var message = await ReadMessageAsync(parser, CancellationToken).ConfigureAwait(false)
            ?? throw new RpcException(StatusCode.Internal, "Incomplete request: the call carries no request message.");
        if (await ReadMessageAsync(parser, CancellationToken).ConfigureAwait(false) is not null)
        {
            throw new RpcException(StatusCode.Internal,
                "Additional data after the request message: this method takes exactly one message.");
        }

        return message;
    }
}
