using FletActors.Protocol;
using Google.Protobuf;

namespace FletActors.Client.Transport;

/// <summary>A server-streaming call in progress. Dispose it to cancel it if it is still running.</summary>
/// <typeparam name="TResponse">The response message type.</typeparam>
public sealed class ServerStreamingCall<TResponse> : IDisposable
    where TResponse : class, IMessage<TResponse>
{
    private readonly ClientCall<TResponse> call;

    internal ServerStreamingCall(ClientCall<TResponse> call)
    {
        this.call = call;
        ResponseStream = new ResponseStreamReader<TResponse>(call);
    }

    /// <summary>The responses.</summary>
    public ResponseStreamReader<TResponse> ResponseStream { get; }

    /// <summary>The final status; <see langword="null"/> while the call runs.</summary>
    public Status? Status => call.Status;

    /// <summary>Cancels the call (RST_STREAM CANCEL) unless it is over.</summary>
    public void Dispose() => call.Dispose();
}
