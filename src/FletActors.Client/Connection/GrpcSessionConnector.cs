using FletActors.Protocol.V1;
using Grpc.Core;

namespace FletActors.Client;

/// <summary>
/// Opens each session connection as a <c>SessionService/Connect</c> duplex call of the generated client; the call
/// lives as long as the connection's token.
/// </summary>
internal sealed class GrpcSessionConnector : ISessionConnector
{
    // grpc-dotnet picks a call's request compression from this metadata entry and does not send it on the wire
    // (https://learn.microsoft.com/aspnet/core/grpc/configuration#call-options).
    private const string RequestEncodingHeader = "grpc-internal-encoding-request";

    private readonly SessionService.SessionServiceClient client;
    private readonly string? requestCompression;

    public GrpcSessionConnector(CallInvoker invoker, string? requestCompression = null)
    {
        ArgumentNullException.ThrowIfNull(invoker);
        client = new SessionService.SessionServiceClient(invoker);
        this.requestCompression = requestCompression;
    }

    public ValueTask<ISessionConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var headers = requestCompression is null ? null : new Metadata { { RequestEncodingHeader, requestCompression } };
        var call = client.Connect(headers, deadline: null, cancellationToken);
        return ValueTask.FromResult<ISessionConnection>(new GrpcSessionConnection(call, cancellationToken));
    }

    /// <summary>
    /// One Connect call. Cancelling the connection's token cancels the call (RST_STREAM CANCEL); grpc-dotnet reports
    /// that as an <see cref="RpcException"/> with CANCELLED, which this turns back into the cancellation it is, so
    /// the session client tells a stop from a broken stream.
    /// </summary>
    private sealed class GrpcSessionConnection(
        AsyncDuplexStreamingCall<ClientMessage, ServerMessage> call,
        CancellationToken callToken) : ISessionConnection
    {
        public async ValueTask SendAsync(ClientMessage message, CancellationToken cancellationToken)
        {
            try
            {
                await call.RequestStream.WriteAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException cancelled) when (IsCancellation(cancelled, cancellationToken))
            {
                throw new OperationCanceledException(cancelled.Status.Detail, cancelled, cancellationToken);
            }
        }

        public async ValueTask<ServerMessage?> ReceiveAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false)
                    ? call.ResponseStream.Current
                    : null;
            }
            catch (RpcException cancelled) when (IsCancellation(cancelled, cancellationToken))
            {
                throw new OperationCanceledException(cancelled.Status.Detail, cancelled, cancellationToken);
            }
        }

        public ValueTask DisposeAsync()
        {
            // Cancels the call if it still runs; the server then sees the stream reset, not a clean end, and keeps
            // the session for a resume.
            call.Dispose();
            return ValueTask.CompletedTask;
        }

        private bool IsCancellation(RpcException exception, CancellationToken operationToken) =>
            exception.StatusCode == StatusCode.Cancelled
            && (operationToken.IsCancellationRequested || callToken.IsCancellationRequested);
    }
}
