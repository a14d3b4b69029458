using System.Net;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FletActors.Benchmarks.Transport;

/// <summary>
/// The transport floor: a bare Grpc.AspNetCore bidirectional stream on Kestrel (h2c, loopback) that answers every
/// request message with one response message, with the message sizes of the session's click and patch batch, called
/// through Grpc.Net.Client like the session. What the session round trip costs above it is FletActors' own.
/// </summary>
internal sealed class GrpcEchoFloor : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly GrpcChannel channel;

    private GrpcEchoFloor(WebApplication app, Uri address)
    {
        this.app = app;
        channel = GrpcChannel.ForAddress(address);
    }

    public static async Task<GrpcEchoFloor> StartAsync(int responseBytes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            // As the session server does, so 64 streams share one connection alike.
            k.Limits.Http2.MaxStreamsPerConnection = 1000;
            k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(new EchoService(new BytesValue { Value = ByteString.CopyFrom(new byte[responseBytes]) }));
        var app = builder.Build();
        app.MapGrpcService<EchoService>();
        await app.StartAsync().ConfigureAwait(false);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return new GrpcEchoFloor(app, address);
    }

    /// <summary>Opens one stream; each round trip writes <paramref name="request"/> and reads the answer.</summary>
    public async Task<EchoStream> OpenAsync(BytesValue request)
    {
        var call = channel.CreateCallInvoker().AsyncDuplexStreamingCall(EchoService.PingPongMethod, null, new CallOptions());
        var stream = new EchoStream(call, request);
        await stream.RoundTripAsync().ConfigureAwait(false);
        return stream;
    }

    public async ValueTask DisposeAsync()
    {
        channel.Dispose();
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    internal sealed class EchoStream(AsyncDuplexStreamingCall<BytesValue, BytesValue> call, BytesValue request) : IAsyncDisposable
    {
        public async Task RoundTripAsync()
        {
            await call.RequestStream.WriteAsync(request).ConfigureAwait(false);
            if (!await call.ResponseStream.MoveNext(CancellationToken.None).ConfigureAwait(false))
            {
                throw new InvalidOperationException("The echo stream ended early.");
            }
        }

        public async ValueTask DisposeAsync()
        {
            await call.RequestStream.CompleteAsync().ConfigureAwait(false);
            call.Dispose();
        }
    }

    /// <summary>
    /// <c>bench.Echo/PingPong</c>, bound by hand: Grpc.AspNetCore finds the handler by name among the virtual methods
    /// of the class that declares the bind method, as it does for generated service bases.
    /// </summary>
    [BindServiceMethod(typeof(EchoService), nameof(BindService))]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1852:Seal internal types",
        Justification = "Grpc.AspNetCore binds virtual handler methods only.")]
    internal class EchoService(BytesValue response)
    {
        public static readonly Method<BytesValue, BytesValue> PingPongMethod = new(MethodType.DuplexStreaming, "bench.Echo", "PingPong",
            Marshallers.Create(m => m.ToByteArray(), BytesValue.Parser.ParseFrom),
            Marshallers.Create(m => m.ToByteArray(), BytesValue.Parser.ParseFrom));

        public static void BindService(ServiceBinderBase binder, EchoService? service) =>
            binder.AddMethod(PingPongMethod, (DuplexStreamingServerMethod<BytesValue, BytesValue>?)null);

        public virtual async Task PingPong(IAsyncStreamReader<BytesValue> requests, IServerStreamWriter<BytesValue> responses, ServerCallContext context)
        {
            while (await requests.MoveNext(context.CancellationToken).ConfigureAwait(false))
            {
                await responses.WriteAsync(response, context.CancellationToken).ConfigureAwait(false);
            }
        }
    }
}
