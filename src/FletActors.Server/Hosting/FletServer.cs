using System.Net;
using System.Security.Cryptography.X509Certificates;
using Akka.Actor;
using Akka.Hosting;
using FletActors.Cluster.Hosting;
using FletActors.Server.Hosting;
using FletActors.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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
    private readonly FletActorsRuntime runtime;
    private readonly ListenOptions httpListener;
    private readonly ListenOptions? grpcListener;
    private readonly ILogger logger;
    private readonly Lock stopGate = new();
    private Task? stopping;

    private FletServer(WebApplication app, ActorSystem actors, FletActorsRuntime runtime, FletServerOptions options,
        ListenOptions httpListener, ListenOptions? grpcListener)
    {
        this.app = app;
        this.actors = actors;
        this.runtime = runtime;
        Options = options;
        this.httpListener = httpListener;
        this.grpcListener = grpcListener;
        logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FletActors.Server");
    }

    /// <summary>The validated options the server runs with.</summary>
    public FletServerOptions Options { get; }

    /// <summary>The browser URL (web client, gRPC-Web); the real port once started, also when 0 was configured.</summary>
    public Uri HttpUrl => UrlOf(httpListener);

    /// <summary>The native gRPC URL (cleartext HTTP/2, or the TLS port); the real port once started.</summary>
    public Uri GrpcUrl => UrlOf(grpcListener ?? httpListener);

    /// <summary>How many page sessions this server holds now.</summary>
    public int SessionCount => runtime.SessionCount;

    /// <summary>
    /// Whether this node may write to its clients now: closed while it finds the majority of its cluster unreachable
    /// and for good once it was downed or its actor system terminated.
    /// </summary>
    public ServingGate ServingGate => runtime.ServingGate;

    /// <summary>The server's services: its actor system, options, logging (for tools and tests).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Starts listening; returns once both ports accept connections.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        // The host's start ends with the runtime's: this node's shard claims, then health SERVING.
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        ServerLog.Started(logger, string.Join(", ", runtime.AppNames), HttpUrl, GrpcUrl, Options.UsesTls ? "TLS" : "h2c");
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
        ServerLog.Stopping(logger, runtime.SessionCount);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Options.ShutdownTimeout);

        // Kestrel's graceful stop begins now: it accepts no new connection and sends GOAWAY on every HTTP/2
        // connection, then waits for the calls in flight, which the drain ends. Clients told GOAWAY close their
        // connections themselves once their last stream has ended, and ConnectionDrain keeps each connection
        // readable until they do. The host's stop also stops Akka.Hosting's service, whose CoordinatedShutdown runs
        // the same drain as its first task before the actor system goes.
        var hostStopping = app.StopAsync(deadline.Token);
        await DrainAsync(deadline.Token).ConfigureAwait(false);

        // Then the node leaves its cluster (shard hand-off, leave, exit), within its own budget, so that the process
        // always ends within the drain plus the leave, the grace period a supervisor such as Kubernetes gives it.
        using var leaving = new CancellationTokenSource(runtime.LeaveTimeout);
        try
        {
            await hostStopping.WaitAsync(leaving.Token).ConfigureAwait(false);

            // For a server that was never started, whose hosted service had nothing to stop; otherwise the same run.
            await CoordinatedShutdown.Get(actors).Run(CoordinatedShutdown.ClrExitReason.Instance).WaitAsync(leaving.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (leaving.IsCancellationRequested)
        {
            ServerLog.LeaveTimedOut(logger, runtime.LeaveTimeout);
        }

        ServerLog.Stopped(logger);
    }

    /// <summary>The runtime's drain (<see cref="FletActorsRuntime.DrainAsync"/>), which CoordinatedShutdown also runs.</summary>
    private Task DrainAsync(CancellationToken deadline) => runtime.DrainAsync(deadline);

    /// <summary>
    /// Starts, then runs until <paramref name="cancellationToken"/> fires, the process gets Ctrl+C/SIGTERM, or the actor
    /// system terminates by itself (the cluster downed this node); then stops.
    /// </summary>
    /// <returns>
    /// The exit code for the process: 0 after a requested stop, <see cref="ServerExitCodes.Downed"/> when the cluster
    /// downed this node, <see cref="ServerExitCodes.Terminated"/> when the actor system ended for another reason. A
    /// supervisor (Kubernetes, systemd) then sees a node that was thrown out, not one that finished.
    /// </returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStopping.Register(() => stopRequested.TrySetResult()))
        using (cancellationToken.Register(() => stopRequested.TrySetResult()))
        {
            await Task.WhenAny(stopRequested.Task, actors.WhenTerminated).ConfigureAwait(false);
        }

        // Read before this stop runs CoordinatedShutdown itself: the first reason is the one that counts.
        var reason = CoordinatedShutdown.Get(actors).ShutdownReason;
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        reason ??= CoordinatedShutdown.Get(actors).ShutdownReason;
        var exitCode = ServerExitCodes.For(reason);
        if (exitCode != ServerExitCodes.Stopped)
        {
            ServerLog.ExitingAfterShutdownBy(logger, reason?.GetType().Name ?? "unknown", exitCode);
        }

        return exitCode;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await runtime.DisposeAsync().ConfigureAwait(false);
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
        FletLogging.Configure(builder.Logging, options.LogFormat);
        configureLogging?.Invoke(builder.Logging);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.ShutdownTimeout);

        // The same services and endpoints an ASP.NET Core app gets from AddFletActors and MapFlet; the server adds
        // Kestrel's set-up and the gallery's page layout (/ and /apps/{name}).
        FletActorsServiceCollectionExtensions.AddFletActors(builder.Services, options, clusterOptions, configureActorSystem);

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
                    listen.UseFletActorsConnectionDrain();
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
                    listen.UseFletActorsConnectionDrain();
                    grpcListener = listen;
                });
            }

            if (clusterOptions.UsesBootstrap)
            {
                // Cluster bootstrap's contact point (BootstrapContactPoint), where the remoting address binds: peers
                // reach it as they reach Akka.Remote, whatever the client-facing address is.
                var managementAddress = clusterOptions.NodeHost == "localhost" ? IPAddress.Loopback : IPAddress.Parse(clusterOptions.NodeHost);
                kestrel.Listen(managementAddress, clusterOptions.ManagementPort, listen => listen.Protocols = HttpProtocols.Http1);
            }
        });

        var app = builder.Build();
        var runtime = app.Services.GetRequiredService<FletActorsRuntime>();

        // This server runs the drain itself, once Kestrel's stop has begun (StopAsync).
        runtime.DrainsOnHostStopping = false;
        foreach (var name in apps.Names)
        {
            apps.TryGet(name, out _, out var main);
            runtime.Apps.Add(name, main, []);
        }

        runtime.Apps.UseDefault(apps.DefaultApp);
        FletEndpointRouteBuilderExtensions.MapSessionEndpoints(app, runtime);
        runtime.Assets.Map(app);
        var actors = app.Services.GetRequiredService<ActorSystem>();
        return new FletServer(app, actors, runtime, options, httpListener!, grpcListener);
    }

    private Uri UrlOf(ListenOptions listener)
    {
        var endpoint = listener.IPEndPoint!;
        var host = endpoint.Address.Equals(IPAddress.Any) ? "localhost"
            : endpoint.Address.Equals(IPAddress.IPv6Any) ? "localhost"
            : endpoint.Address.ToString();
        return new Uri($"{(Options.UsesTls ? "https" : "http")}://{host}:{endpoint.Port}/");
    }
}
