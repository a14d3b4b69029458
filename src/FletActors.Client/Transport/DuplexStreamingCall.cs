using FletActors.Protocol;
using Google.Protobuf;

namespace FletActors.Client.Transport;

/// <summary>A bidirectional streaming call in progress. Dispose it to cancel it if it is still running.</summary>
/// <typeparam name="TRequest">The request message type.</typeparam>
/// <typeparam name="TResponse">The response message type.</typeparam>
public sealed class DuplexStreamingCall<TRequest, TResponse> : IDisposable
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly ClientCall<TResponse> call;
    private readonly StreamingRequestContent content;

    internal DuplexStreamingCall(ClientCall<TResponse> call, StreamingRequestContent content, int maxSendMessageSize,
        MessageCompression? compression)
    {
        this.call = call;
        this.content = content;
        RequestStream = new RequestStreamWriter<TRequest>(content.Frames.Writer, maxSendMessageSize, compression,
            call.RequestWriteFailure, call.CancellationToken);
        ResponseStream = new ResponseStreamReader<TResponse>(call);
    }

    /// <summary>The requests; complete it when done sending.</summary>
    public RequestStreamWriter<TRequest> RequestStream { get; }

    /// <summary>The responses.</summary>
    public ResponseStreamReader<TResponse> ResponseStream { get; }

    /// <summary>The final status; <see langword="null"/> while the call runs.</summary>
    public Status? Status => call.Status;

    /// <summary>Cancels the call (RST_STREAM CANCEL) unless it is over.</summary>
    public void Dispose()
    {
        content.Frames.Writer.TryComplete();
        call.Dispose();
        content.Dispose();
    }
}
