using FletActors.Protocol.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace FletActors.LoadGenerator;

/// <summary>
/// Native sessions: one <c>Connect</c> stream each, spread over a fixed set of HTTP/2 connections, each of which the
/// balancer gave to some node.
/// </summary>
internal sealed class NativeLinkFactory : ISessionLinkFactory, IDisposable
{
    private readonly GrpcChannel channel;
    private readonly SessionService.SessionServiceClient client;

    public NativeLinkFactory(Uri address)
    {
        channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            // An HttpClient (not the bare handler) keeps grpc-dotnet's own reconnect backoff out: a session's
            // reconnect is the load generator's to time.
            HttpClient = new HttpClient(new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                KeepAlivePingDelay = TimeSpan.FromSeconds(5),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(5),
            })
            { Timeout = Timeout.InfiniteTimeSpan },
            DisposeHttpClient = true,
            MaxReceiveMessageSize = 4 * 1024 * 1024,
        });
        client = new SessionService.SessionServiceClient(channel);
    }

    public string Transport => "native";

    public async Task<ISessionLink> OpenAsync(ClientMessage first, CancellationToken cancellationToken)
    {
        var call = client.Connect(cancellationToken: cancellationToken);
        var link = new NativeLink(call);
        await link.SendAsync([first], string.Empty, string.Empty, cancellationToken).ConfigureAwait(false);
        return link;
    }

    public void Dispose() => channel.Dispose();

    private sealed class NativeLink(AsyncDuplexStreamingCall<ClientMessage, ServerMessage> call) : ISessionLink
    {
        // One writer per stream: the script's inputs and the reader's acks take turns.
        private readonly SemaphoreSlim writing = new(1, 1);

        public async ValueTask<ServerMessage?> ReceiveAsync(CancellationToken cancellationToken) =>
            await call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false) ? call.ResponseStream.Current : null;

        public async Task SendAsync(IReadOnlyList<ClientMessage> messages, string sessionId, string resumeToken, CancellationToken cancellationToken)
        {
            await writing.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                foreach (var message in messages)
                {
                    await call.RequestStream.WriteAsync(message, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                writing.Release();
            }
        }

        public ValueTask DisposeAsync()
        {
            call.Dispose();
            writing.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
