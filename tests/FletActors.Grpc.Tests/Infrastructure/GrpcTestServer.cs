using System.Net;
using FletActors.Grpc.Health;
using FletActors.Grpc.Tests.Interop;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FletActors.Grpc.Tests.Infrastructure;

/// <summary>
/// A real Kestrel on 127.0.0.1 hosting the interop TestService and Health: one HTTP/2-only (h2c) port for native
/// gRPC and one HTTP/1.1 port for gRPC-Web, both on port 0.
/// </summary>
public class GrpcTestServer : IAsyncLifetime
{
    public const int MaxMessageSize = 256 * 1024;
    public const string AllowedOrigin = "http://allowed.example";

    private readonly string? responseCompression;
    private WebApplication? app;

    public GrpcTestServer()
        : this(responseCompression: null)
    {
    }

    /// <summary>A server that compresses responses with <paramref name="responseCompression"/> when the client
    /// accepts it (messages from <see cref="GrpcServerOptions.ResponseCompressionMinSize"/>'s default up).</summary>
    protected GrpcTestServer(string? responseCompression) => this.responseCompression = responseCompression;

    public TestServiceImplementation Service { get; } = new();

    public Uri Http2Address { get; private set; } = null!;

    public Uri Http1Address { get; private set; } = null!;

    public HealthStatusRegistry Health => app!.Services.GetRequiredService<HealthStatusRegistry>();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2);
            kestrel.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddFletActorsGrpc(new GrpcServerOptions
        {
            MaxReceiveMessageSize = MaxMessageSize,
            CorsAllowedOrigins = [AllowedOrigin],
            ResponseCompression = responseCompression,
        });
        app = builder.Build();
        app.MapGrpcService(Service.CreateDefinition());
        app.MapGrpcHealthService();
        await app.StartAsync();

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
