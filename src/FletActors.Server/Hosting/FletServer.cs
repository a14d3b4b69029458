using System.Net;
using System.Security.Cryptography.X509Certificates;
using Akka;
using Akka.Actor;
using Akka.Hosting;
using FletActors.Cluster.Hosting;
using FletActors.Cluster.PubSub;
using FletActors.Cluster.Sessions;
using FletActors.Server.Hosting;
using FletActors.Sessions.PubSub;
using FletActors.Sessions;
using FletActors.Server.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace FletActors;

/// <summary>
/// A FletActors server: Kestrel serving the browser client and gRPC-Web over HTTP/1.1, native gRPC over cleartext
/// HTTP/2 on a second port (one TLS port serves both when a certificate is configured), one actor per page session,
/// and a graceful shutdown that tells every client before the process ends.
/// </summary>
public sealed class FletServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ActorSystem actors;
    private readonly SessionManager sessions;
    private readonly ServingHealthCheck serving;
    private readonly ListenOptions httpListener;
    private readonly ListenOptions? grpcListener;
    private readonly AppCatalog apps;
    private readonly ILogger logger;
    private readonly SessionStreamTracker streams;
    private readonly ShardedSessionHome? shardedHome;
    private readonly Lock stopGate = new();
    private Task? stopping;

    private FletServer(WebApplication app, ActorSystem actors, SessionManager sessions, SessionStreamTracker streams,
        AppCatalog apps, FletServerOptions options, ListenOptions httpListener, ListenOptions? grpcListener,
        ShardedSessionHome? shardedHome)
    {
        this.shardedHome = shardedHome;
        this.app = app;
        this.actors = actors;
        this.sessions = sessions;
        this.streams = streams;
        this.apps = apps;
        Options = options;
        this.httpListener = httpListener;
        this.grpcListener = grpcListener;
        serving = app.Services.GetRequiredService<ServingHealthCheck>();
        logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FletActors.Server");
        CoordinatedShutdown.Get(actors).AddTask(CoordinatedShutdown.PhaseBeforeServiceUnbind, "drain-sessions", async () =>
        {
            using var deadline = new CancellationTokenSource(Options.ShutdownTimeout);
            await DrainAsync(deadline.Token).ConfigureAwait(false);
            return Done.Instance;
        });
    }

    /// <summary>The validated options the server runs with.</summary>
    public FletServerOptions Options { get; }

    /// <summary>The browser URL (web client, gRPC-Web); the real port once started, also when 0 was configured.</summary>
    public Uri HttpUrl => UrlOf(httpListener);

    /// <summary>The native gRPC URL (cleartext HTTP/2, or the TLS port); the real port once started.</summary>
    public Uri GrpcUrl => UrlOf(grpcListener ?? httpListener);

    /// <summary>How many page sessions this server holds now.</summary>
    public int SessionCount => sessions.Count;

    /// <summary>The server's services: its actor system, options, logging (for tools and tests).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Starts listening; returns once both ports accept connections.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        if (shardedHome is not null)
        {
            // New sessions are born in shards this node claims now, once it has joined its cluster.
            var region = await ActorRegistry.For(actors).GetAsync<SessionRegion>(cancellationToken).ConfigureAwait(false);
            await shardedHome.StartAsync(actors, region, app.Services.GetRequiredService<ILoggerFactory>(), cancellationToken)
                .ConfigureAwait(false);
        }

        // Watch streams what was set last; checks run on demand. Both say SERVING from here until shutdown.
        FletGrpcHosting.SetServingStatus(app.Services, ServingStatus.Serving);
        ServerLog.Started(logger, string.Join(", ", apps.Names), HttpUrl, GrpcUrl, Options.UsesTls ? "TLS" : "h2c");
        var deadClientDetection = Options.Http2KeepAlivePingDelay + Options.Http2KeepAlivePingTimeout;
        if (deadClientDetection > Options.Sessions.SessionTimeout)
        {
            ServerLog.KeepAliveSlowerThanSessionTimeout(logger, deadClientDetection, Options.Sessions.SessionTimeout);
        }
    }

    /// <summary>
    /// Tells every client the server is going away, closes every session, lets their streams end, then stops
    /// listening and the actor system.
    /// </summary>
    /// <remarks>Every call returns the same stop, so a caller that comes second waits for it too.</remarks>
    public Task StopAsync(CancellationToken cancellationToken = default)
    {
        lock (stopGate)
        {
            return stopping ??= StopOnceAsync(cancellationToken);
        }
    }

    private async Task StopOnceAsync(CancellationToken cancellationToken)
    {
        ServerLog.Stopping(logger, sessions.Count);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Options.ShutdownTimeout);

        // Kestrel's graceful stop begins now: it accepts no new connection and sends GOAWAY on every HTTP/2
        // connection, then waits for the calls in flight, which the drain ends. Clients told GOAWAY close their
        // connections themselves once their last stream has ended, and ConnectionDrain keeps each connection
        // readable until they do. The host's stop also stops Akka.Hosting's service, whose CoordinatedShutdown runs
        // the same drain as its first task before the actor system goes.
        var hostStopping = app.StopAsync(deadline.Token);
        await DrainAsync(deadline.Token).ConfigureAwait(false);
        await hostStopping.ConfigureAwait(false);

        // For a server that was never started, whose hosted service had nothing to stop; otherwise the same run.
        await CoordinatedShutdown.Get(actors).Run(CoordinatedShutdown.ClrExitReason.Instance).ConfigureAwait(false);
        ServerLog.Stopped(logger);
    }

    /// <summary>
    /// Health NOT_SERVING, every session closed with SessionClosed to its client, every session stream ended. Runs
    /// on <see cref="StopAsync"/> and, when the actor system shuts down first (its CoordinatedShutdown started by
    /// Akka itself), as a task of its before-service-unbind phase; the second run finds nothing left to do.
    /// </summary>
    private async Task DrainAsync(CancellationToken deadline)
    {
        // NOT_SERVING first, for checks and watches alike, so load balancers stop sending clients here.
        serving.MarkStopping();
        FletGrpcHosting.SetServingStatus(app.Services, ServingStatus.NotServing);
        try
        {
            await sessions.ShutdownAsync().WaitAsync(deadline).ConfigureAwait(false);

            // Closed sessions have queued SessionClosed on their streams; let every stream write it and its trailers.
            await streams.WhenIdleAsync().WaitAsync(deadline).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            ServerLog.ShutdownTimedOut(logger, Options.ShutdownTimeout);
        }
    }

    /// <summary>Starts, then runs until <paramref name="cancellationToken"/> fires or the process gets Ctrl+C/SIGTERM.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStopping.Register(() => stopRequested.TrySetResult()))
        using (cancellationToken.Register(() => stopRequested.TrySetResult()))
        {
            await stopRequested.Task.ConfigureAwait(false);
        }

        await StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await sessions.DisposeAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    internal static FletServer Create(AppCatalog apps, string[] args,
        Func<FletServerOptions, FletServerOptions> configure, Action<ILoggingBuilder>? configureLogging,
        Action<AkkaConfigurationBuilder>? configureActorSystem)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args });
        var options = configure(FletServerOptionsReader.Read(builder.Configuration, new FletServerOptions()));
        options.Validate();
        var clusterOptions = ClusterNodeOptionsReader.Read(builder.Configuration, new ClusterNodeOptions());
        clusterOptions.Validate();
        ShardedSessionHome? shardedHome = null;
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        configureLogging?.Invoke(builder.Logging);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.AddRouting();
        builder.Services.AddAkka("fletactors", akka =>
        {
            // Akka's own log events go to the host's loggers, with the host's levels and formatters.
            akka.ConfigureLoggers(loggers =>
            {
                loggers.ClearLoggers();
                loggers.AddLoggerFactory();
            });
            configureActorSystem?.Invoke(akka);

            // Every node, the embedded one-node default included, hosts its sessions as sharded entities. The one
            // exception is an actor system on a virtual-time scheduler (tests that drive session timers by hand):
            // Akka.Cluster's gossip and leader ticks would never fire there, so its sessions stay local actors.
            if (!UsesVirtualTime(akka))
            {
                shardedHome = new ShardedSessionHome(clusterOptions, clusterOptions.CreateSecret(), options.Sessions.SessionTimeout);
                akka.WithFletActorsCluster(clusterOptions)
                    .WithSessionShardRegion(clusterOptions, _ => SessionEntity.Props(), SessionEntityHandOff.Instance);
            }
        });
        FletGrpcHosting.AddServices(builder.Services, options);

        // The session service needs the session manager, which exists once the app is built; Grpc.AspNetCore asks
        // the container for it per call, long after that.
        SessionGrpcService? service = null;
        builder.Services.AddSingleton(_ => service ?? throw new InvalidOperationException("The session service is not created yet."));

        ListenOptions? httpListener = null;
        ListenOptions? grpcListener = null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.Http2.MaxStreamsPerConnection = options.Http2MaxStreamsPerConnection;
            kestrel.Limits.Http2.KeepAlivePingDelay = options.Http2KeepAlivePingDelay;
            kestrel.Limits.Http2.KeepAlivePingTimeout = options.Http2KeepAlivePingTimeout;
            var address = options.BindAddress == "localhost" ? IPAddress.Loopback : IPAddress.Parse(options.BindAddress);
            if (options.UsesTls)
            {
                // Kestrel holds the certificate for the server's whole life.
                var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
                kestrel.Listen(address, options.HttpPort, listen =>
                {
                    listen.Protocols = HttpProtocols.Http1AndHttp2;
                    // Outside TLS, so that the drain sees the client close the TCP connection.
                    listen.Use(ConnectionDrain.Middleware);
                    listen.UseHttps(certificate);
                    httpListener = listen;
                });
            }
            else
            {
                kestrel.Listen(address, options.HttpPort, listen =>
                {
                    listen.Protocols = HttpProtocols.Http1;
                    httpListener = listen;
                });

                // Cleartext HTTP/2 has no upgrade negotiation here: it needs a port that speaks nothing else.
                kestrel.Listen(address, options.GrpcPort, listen =>
                {
                    listen.Protocols = HttpProtocols.Http2;
                    listen.Use(ConnectionDrain.Middleware);
                    grpcListener = listen;
                });
            }
        });

        var app = builder.Build();
        var loggerFactory = app.Services.GetRequiredService<ILoggerFactory>();
        var actors = app.Services.GetRequiredService<ActorSystem>();
        ISessionHome home = shardedHome is null ? new LocalSessionHome(actors) : shardedHome;
        // A cluster node's pub/sub reaches every node's sessions; a virtual-time system has no cluster to cross.
        IPubSubHub pubSub = shardedHome is null
            ? new InProcessPubSubBroker()
            : ClusterPubSubBackplane.CreateHub(actors, clusterOptions.PubSubMaxMessageBytes, loggerFactory);
        var sessions = new SessionManager(actors, apps, options.Sessions, pubSub, loggerFactory, home);
        var compressionMinBytes = options.ResponseCompression.Length == 0 ? 0 : options.ResponseCompressionMinBytes;
        service = new SessionGrpcService(sessions, options.Sessions, compressionMinBytes,
            loggerFactory.CreateLogger("FletActors.Server.Transport"));

        var streams = new SessionStreamTracker("/" + SessionGrpcService.ServiceName);
        streams.Map(app);
        FletGrpcHosting.UseMiddleware(app, options);
        app.MapGrpcService<SessionGrpcService>();
        FletGrpcHosting.MapEndpoints(app);
        var assets = WebClientAssets.LoadEmbedded();
        assets.Map(app);
        return new FletServer(app, actors, sessions, streams, apps, options, httpListener!, grpcListener, shardedHome);
    }

    private static bool UsesVirtualTime(AkkaConfigurationBuilder akka) =>
        akka.Configuration.HasValue
        && akka.Configuration.Value.GetString("akka.scheduler.implementation", null) is { } scheduler
        && !scheduler.Contains(nameof(HashedWheelTimerScheduler), StringComparison.Ordinal);

    private Uri UrlOf(ListenOptions listener)
    {
        var endpoint = listener.IPEndPoint!;
        var host = endpoint.Address.Equals(IPAddress.Any) ? "localhost"
            : endpoint.Address.Equals(IPAddress.IPv6Any) ? "localhost"
            : endpoint.Address.ToString();
        return new Uri($"{(Options.UsesTls ? "https" : "http")}://{host}:{endpoint.Port}/");
    }
}
