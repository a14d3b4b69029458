using FletActors.Server.Hosting;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// A real <see cref="FletServer"/> on 127.0.0.1 with free ports, started for one test: Kestrel, the session service,
/// health, the web client assets. Apps default to <see cref="HelloApp"/>.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly Lazy<GrpcChannel> channel;

    private LiveServer(FletServer server)
    {
        Server = server;
        channel = new Lazy<GrpcChannel>(() => GrpcChannel.ForAddress(server.GrpcUrl));
    }

    public FletServer Server { get; }

    /// <summary>Native gRPC, cleartext HTTP/2.</summary>
    public Uri GrpcUrl => Server.GrpcUrl;

    /// <summary>HTTP/1.1: web client and gRPC-Web.</summary>
    public Uri HttpUrl => Server.HttpUrl;

    /// <summary>A channel to <see cref="GrpcUrl"/> shared by the test, disposed with the server.</summary>
    public GrpcChannel Channel => channel.Value;

    /// <summary>Starts a server hosting the hello app on free ports.</summary>
    public static Task<LiveServer> StartAsync(Func<FletServerOptions, FletServerOptions>? configure = null,
        TimeSpan? helloDelay = null) =>
        StartAsync(b => b.AddApp("hello", HelloApp.Create(helloDelay ?? HelloApp.DefaultDelay)), configure);

    /// <summary>Starts a server with the apps <paramref name="addApps"/> adds, on free ports.</summary>
    public static async Task<LiveServer> StartAsync(Action<FletAppBuilder> addApps,
        Func<FletServerOptions, FletServerOptions>? configure = null, TimeProvider? timeProvider = null,
        string[]? args = null)
    {
        var builder = FletApp.CreateBuilder(args)
            .ConfigureOptions(o => o with { BindAddress = "127.0.0.1", HttpPort = 0, GrpcPort = 0 })
            .ConfigureLogging(logging => logging.ClearProviders());
        if (configure is not null)
        {
            builder.ConfigureOptions(configure);
        }

        if (timeProvider is not null)
        {
            builder.UseTimeProvider(timeProvider);
        }

        addApps(builder);
        var server = builder.Build();
        try
        {
            await server.StartAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return new LiveServer(server);
    }

    public async ValueTask DisposeAsync()
    {
        if (channel.IsValueCreated)
        {
            channel.Value.Dispose();
        }

        await Server.DisposeAsync();
    }
}
