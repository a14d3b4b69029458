using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FletActors.Benchmarks.Transport;

/// <summary>
/// The transport floor: a raw HTTP/2 duplex echo on Kestrel (request body bytes copied to the response, no framing or
/// parsing), driven through the same HttpClient stack a session client uses. It runs on a Kestrel of its own, or
/// beside the measured service on the same one (<see cref="MapEcho"/> + <see cref="At"/>).
/// </summary>
internal sealed class RawEchoFloor : IAsyncDisposable
{
    private const string EchoPath = "/raw-echo";

    private readonly WebApplication? app;
    private readonly HttpMessageInvoker invoker = new(new SocketsHttpHandler { EnableMultipleHttp2Connections = true });

    private RawEchoFloor(WebApplication? app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<RawEchoFloor> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        MapEcho(app);
        await app.StartAsync().ConfigureAwait(false);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return new RawEchoFloor(app, address);
    }

    /// <summary>The floor of a server that already maps <see cref="MapEcho"/> at <paramref name="address"/>.</summary>
    public static RawEchoFloor At(Uri address) => new(null, address);

    /// <summary>Maps the echo endpoint: request body bytes go straight back, flushed as they arrive.</summary>
    public static void MapEcho(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(EchoPath, async context =>
        {
            var reader = context.Request.BodyReader;
            var writer = context.Response.BodyWriter;
            await context.Response.StartAsync().ConfigureAwait(false);
            while (true)
            {
                var result = await reader.ReadAsync().ConfigureAwait(false);
                foreach (var segment in result.Buffer)
                {
                    writer.Write(segment.Span);
                }

                reader.AdvanceTo(result.Buffer.End);
                await writer.FlushAsync().ConfigureAwait(false);
                if (result.IsCompleted)
                {
                    return;
                }
            }
        });

    /// <summary>Opens one echo stream; each round trip writes <paramref name="frame"/> and reads it back.</summary>
    public async Task<EchoStream> OpenAsync(byte[] frame)
    {
        var content = new DuplexPipeContent();
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Address, EchoPath))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        var responseTask = invoker.SendAsync(request, CancellationToken.None);
        await content.Writer.WriteAsync(frame).ConfigureAwait(false);
        var response = await responseTask.ConfigureAwait(false);
        var body = PipeReader.Create(await response.Content.ReadAsStreamAsync().ConfigureAwait(false));
        var stream = new EchoStream(request, response, content, body, frame);
        await stream.ReadEchoAsync().ConfigureAwait(false);
        return stream;
    }

    public async ValueTask DisposeAsync()
    {
        invoker.Dispose();
        if (app is not null)
        {
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    internal sealed class EchoStream(HttpRequestMessage request, HttpResponseMessage response, DuplexPipeContent content,
        PipeReader body, byte[] frame) : IAsyncDisposable
    {
        public async Task RoundTripAsync()
        {
            await content.Writer.WriteAsync(frame).ConfigureAwait(false);
            await ReadEchoAsync().ConfigureAwait(false);
        }

        public async Task ReadEchoAsync()
        {
            while (true)
            {
                var result = await body.ReadAsync().ConfigureAwait(false);
                if (result.Buffer.Length >= frame.Length)
                {
                    body.AdvanceTo(result.Buffer.GetPosition(frame.Length));
                    return;
                }

                if (result.IsCompleted)
                {
                    throw new InvalidOperationException("The raw echo stream ended early.");
                }

                body.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await content.Writer.CompleteAsync().ConfigureAwait(false);
            await body.CompleteAsync().ConfigureAwait(false);
            response.Dispose();
            request.Dispose();
        }
    }
}
