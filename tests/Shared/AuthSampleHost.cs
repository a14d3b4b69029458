using System.Net;
using FletActors.AuthSample;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace FletActors.Testing;

/// <summary>
/// The auth sample's host, composed as its Program does (its services and endpoints), on Kestrel on loopback with free
/// ports: HTTP/1.1 for browsers and sign-in, cleartext HTTP/2 for native gRPC clients.
/// </summary>
public sealed class AuthSampleHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ListenOptions http;
    private readonly ListenOptions grpc;

    private AuthSampleHost(WebApplication app, ListenOptions http, ListenOptions grpc)
    {
        this.app = app;
        this.http = http;
        this.grpc = grpc;
    }

    /// <summary>The browser side: pages, sign-in, gRPC-Web.</summary>
    public Uri HttpUrl => new($"http://127.0.0.1:{http.IPEndPoint!.Port}/");

    /// <summary>The native gRPC side (cleartext HTTP/2).</summary>
    public Uri GrpcUrl => new($"http://127.0.0.1:{grpc.IPEndPoint!.Port}/");

    /// <summary>Starts the host; <paramref name="logging"/> replaces its logging providers when given.</summary>
    public static async Task<AuthSampleHost> StartAsync(ILoggerProvider? logging = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        if (logging is not null)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logging);
        }

        ListenOptions? http = null;
        ListenOptions? grpc = null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                http = listen;
            });
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http2;
                grpc = listen;
            });
        });
        AuthSampleApp.AddServices(builder);
        var app = builder.Build();
        AuthSampleApp.MapEndpoints(app);
        await app.StartAsync();
        return new AuthSampleHost(app, http!, grpc!);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
