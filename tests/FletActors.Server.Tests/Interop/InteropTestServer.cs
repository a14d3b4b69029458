using System.Net;
using FletActors.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace FletActors.Server.Tests.Interop;

/// <summary>
/// A real Kestrel on 127.0.0.1 hosting the interop <see cref="InteropTestService"/> with the server's own gRPC wiring
/// (<see cref="FletGrpcHosting"/>: limits, compression, gRPC-Web, CORS, health, reflection, interceptors): one
/// HTTP/2-only (h2c) port for native gRPC and one HTTP/1.1 port for gRPC-Web, both on port 0.
/// </summary>
public class InteropTestServer : IAsyncLifetime
{
    public const int MaxMessageSize = 256 * 1024;
    public const string AllowedOrigin = "http://allowed.example";

    private readonly string responseCompression;
    private WebApplication? app;

    public InteropTestServer()
        : this(responseCompression: "")
    {
    }

    /// <summary>A server that compresses responses with <paramref name="responseCompression"/> for clients that accept it.</summary>
    protected InteropTestServer(string responseCompression) => this.responseCompression = responseCompression;

    public Uri Http2Address { get; private set; } = null!;

    public Uri Http1Address { get; private set; } = null!;

    public IServiceProvider Services => app!.Services;

    public async Task InitializeAsync()
    {
        var options = new FletServerOptions
        {
            MaxMessageBytes = MaxMessageSize,
            AllowedOrigins = [AllowedOrigin],
            ResponseCompression = responseCompression,
        };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2);
            kestrel.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http1);
        });
        FletGrpcHosting.AddServices(builder.Services, options);
        builder.Services.AddSingleton<InteropTestService>();
        app = builder.Build();
        FletGrpcHosting.UseMiddleware(app, options);
        app.MapGrpcService<InteropTestService>();
        FletGrpcHosting.MapEndpoints(app);
        await app.StartAsync();
        FletGrpcHosting.SetServingStatus(app.Services, ServingStatus.Serving);

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Select(a => new Uri(a)).ToList();
        // Kestrel lists the endpoints in the order they were configured.
        Http2Address = addresses[0];
        Http1Address = addresses[1];
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
