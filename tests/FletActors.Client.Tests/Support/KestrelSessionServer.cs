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
/// A real Kestrel on 127.0.0.1, port 0, HTTP/2 only, serving <c>SessionService/Connect</c> on Grpc.AspNetCore from
/// a test script: the script gets the number of the call (1, 2 ...) and the call itself.
/// </summary>
internal sealed class KestrelSessionServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private KestrelSessionServer(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    public static async Task<KestrelSessionServer> StartAsync(Func<int, ScriptedCall, Task> script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(new ScriptedSessionService.Script(script));
        var server = new KestrelSessionServer(builder.Build());
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

    /// <summary>One Connect call as the script sees it.</summary>
    internal sealed class ScriptedCall(
        IAsyncStreamReader<ClientMessage> requests,
        IServerStreamWriter<ServerMessage> responses,
        ServerCallContext context)
    {
        public CancellationToken CallCancelled => context.CancellationToken;

        /// <summary>The <c>grpc-encoding</c> the client's messages came in, or null for none.</summary>
        public string? RequestEncoding => context.GetHttpContext().Request.Headers["grpc-encoding"].SingleOrDefault();

        public async Task<ClientMessage> NextAsync()
        {
            if (!await requests.MoveNext(context.CancellationToken))
            {
                throw new InvalidOperationException("The client ended its request stream.");
            }

            return requests.Current;
        }

        public Task SendAsync(ServerMessage message) => responses.WriteAsync(message, context.CancellationToken);

        public Task SendAsync(PatchBatch batch) => SendAsync(new ServerMessage { Patch = batch });
    }

    /// <summary>The service Grpc.AspNetCore creates per call; it hands each call to the script.</summary>
    private sealed class ScriptedSessionService(ScriptedSessionService.Script script) : SessionService.SessionServiceBase
    {
        public override Task Connect(IAsyncStreamReader<ClientMessage> requestStream,
            IServerStreamWriter<ServerMessage> responseStream, ServerCallContext context) =>
            script.RunAsync(new ScriptedCall(requestStream, responseStream, context));

        internal sealed class Script(Func<int, ScriptedCall, Task> run)
        {
            private int calls;

            public Task RunAsync(ScriptedCall call) => run(Interlocked.Increment(ref calls), call);
        }
    }
}
