using FletActors.Client.Transport;
using FletActors.Protocol.V1;

namespace FletActors.Client;

/// <summary>Opens each session connection as a <c>SessionService/Connect</c> duplex call on a gRPC channel.</summary>
internal sealed class GrpcSessionConnector(GrpcChannel channel) : ISessionConnector
{
    public const string ConnectMethod = "/fletactors.v1.SessionService/Connect";

    public ValueTask<ISessionConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var call = channel.DuplexStreaming<ClientMessage, ServerMessage>(ConnectMethod, ServerMessage.Parser);
        return ValueTask.FromResult<ISessionConnection>(new GrpcSessionConnection(call));
    }

    private sealed class GrpcSessionConnection(DuplexStreamingCall<ClientMessage, ServerMessage> call) : ISessionConnection
    {
        public ValueTask SendAsync(ClientMessage message, CancellationToken cancellationToken) =>
            call.RequestStream.WriteAsync(message, cancellationToken);

        public ValueTask<ServerMessage?> ReceiveAsync(CancellationToken cancellationToken) =>
            call.ResponseStream.ReadAsync(cancellationToken);

        public ValueTask DisposeAsync()
        {
            // Ending the request stream first lets a still-healthy server see a clean end; disposing then cancels
            // the call if it is still running.
            call.RequestStream.Complete();
            call.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
