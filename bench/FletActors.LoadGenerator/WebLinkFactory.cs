using FletActors.Protocol.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Web;

namespace FletActors.LoadGenerator;

/// <summary>
/// Browser-like sessions over gRPC-Web on HTTP/1.1: an <c>Open</c> stream holds one connection, and each <c>Send</c>
/// takes whichever pooled connection is free, so a session's inputs reach the nodes the balancer chose for those
/// connections, as a browser's do.
/// </summary>
internal sealed class WebLinkFactory : ISessionLinkFactory, IDisposable
{
    private readonly GrpcChannel channel;
    private readonly SessionService.SessionServiceClient client;

    public WebLinkFactory(Uri address)
    {
        channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpClient = new HttpClient(new GrpcWebHandler(GrpcWebMode.GrpcWeb, new SocketsHttpHandler())) { Timeout = Timeout.InfiniteTimeSpan },
            DisposeHttpClient = true,
            // Browsers reach the HTTP/1.1 port; gRPC-Web over HTTP/1.1 is what they speak there.
            HttpVersion = System.Net.HttpVersion.Version11,
            HttpVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        });
        client = new SessionService.SessionServiceClient(channel);
    }

    public string Transport => "grpc-web";

    public Task<ISessionLink> OpenAsync(ClientMessage first, CancellationToken cancellationToken)
    {
        var request = first.KindCase == ClientMessage.KindOneofCase.Register
            ? new OpenRequest { Register = first.Register }
            : new OpenRequest { Resume = first.Resume };
        var call = client.Open(request, cancellationToken: cancellationToken);
        return Task.FromResult<ISessionLink>(new WebLink(client, call));
    }

    public void Dispose() => channel.Dispose();

    private sealed class WebLink(SessionService.SessionServiceClient client, AsyncServerStreamingCall<ServerMessage> call) : ISessionLink
    {
        public async ValueTask<ServerMessage?> ReceiveAsync(CancellationToken cancellationToken) =>
            await call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false) ? call.ResponseStream.Current : null;

        public async Task SendAsync(IReadOnlyList<ClientMessage> messages, string sessionId, string resumeToken, CancellationToken cancellationToken)
        {
            var request = new SendRequest { SessionId = sessionId, ResumeToken = resumeToken };
            request.Messages.AddRange(messages);
            await client.SendAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        public ValueTask DisposeAsync()
        {
            call.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
