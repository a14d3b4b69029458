using System.Net;
using FletActors.Protocol.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FletActors.Client.Tests.Support;

/// <summary>
/// A real Kestrel on 127.0.0.1, port 0, HTTP/2 only, serving <c>SessionService/Connect</c> from a test script: the
/// script gets the number of the call (1, 2 ...) and the call's two streams.
/// </summary>
internal sealed class KestrelSessionServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int calls;

    private KestrelSessionServer(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    public static async Task<KestrelSessionServer> StartAsync(Func<int, ScriptedCall, Task> script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        KestrelSessionServer? server = null;
        builder.Services.AddSingleton(_ => new ScriptedSessionService((requests, responses, context) =>
            script(Interlocked.Increment(ref server!.calls), new ScriptedCall(requests, responses, context.CancellationToken))));
        server = new KestrelSessionServer(builder.Build());
        server.app.MapGrpcService<ScriptedSessionService>();
        await server.app.StartAsync();
        server.Address = new Uri(server.app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    internal sealed class ScriptedSessionService(
        Func<IAsyncStreamReader<ClientMessage>, IServerStreamWriter<ServerMessage>, ServerCallContext, Task> connect)
        : SessionService.SessionServiceBase
    {
        public override Task Connect(IAsyncStreamReader<ClientMessage> requestStream,
            IServerStreamWriter<ServerMessage> responseStream, ServerCallContext context) =>
            connect(requestStream, responseStream, context);
    }

    internal sealed class ScriptedCall(
        IAsyncStreamReader<ClientMessage> requests,
        IServerStreamWriter<ServerMessage> responses,
        CancellationToken cancellationToken)
    {
        public CancellationToken CallCancelled => cancellationToken;

        public async Task<ClientMessage> NextAsync()
        {
            if (!await requests.MoveNext(cancellationToken))
            {
                throw new InvalidOperationException("The client ended its request stream.");
            }

            return requests.Current;
        }

        public async Task SendAsync(ServerMessage message) => await responses.WriteAsync(message, cancellationToken);

        public Task SendAsync(PatchBatch batch) => SendAsync(new ServerMessage { Patch = batch });
    }
}
