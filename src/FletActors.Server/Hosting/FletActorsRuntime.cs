using Akka;
using Akka.Actor;
using Akka.Hosting;
using FletActors.Cluster.Hosting;
using FletActors.Cluster.Metrics;
using FletActors.Cluster.PubSub;
using FletActors.Cluster.Sessions;
using FletActors.Server.Transport;
using FletActors.Sessions;
using FletActors.Sessions.Metrics;
using FletActors.Sessions.PubSub;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace FletActors.Server.Hosting;

/// <summary>
/// FletActors inside one ASP.NET Core host, whoever built it (<c>AddFletActors</c> in an app's own host, or
/// <see cref="FletServer"/>): the mapped apps, the session manager and session service created when the host starts
/// (every app is mapped by then), the node's shard claims once the host listens, and the drain that closes every
/// session when the host stops.
/// </summary>
internal sealed class FletActorsRuntime(FletServerOptions options, ClusterNodeOptions clusterOptions, IServiceProvider services)
    : IHostedLifecycleService, IAsyncDisposable
{
    private readonly ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("FletActors.Server");
    private readonly Lazy<WebClientAssets> assets = new(WebClientAssets.LoadEmbedded);
    private ShardedSessionHome? shardedHome;
    private SessionManager? sessions;
    private SessionGrpcService? service;
    private int sessionEndpointsMapped;

    public FletServerOptions Options { get; } = options;

    /// <summary>The cluster options this node runs with.</summary>
    public ClusterNodeOptions ClusterOptions => clusterOptions;

    /// <summary>Whether this node may write to its clients now (see <see cref="FletServer.ServingGate"/>).</summary>
    public ServingGate ServingGate { get; } = new();

    /// <summary>How long leaving the cluster may take after the drain.</summary>
    public TimeSpan LeaveTimeout => clusterOptions.LeaveTimeout;

    public FletAppRegistry Apps { get; } = new();

    /// <summary>The session service's calls in flight, which the drain lets finish.</summary>
    public SessionStreamTracker Streams { get; } = new("/" + SessionGrpcService.ServiceName);

    /// <summary>The browser client's files, embedded in this assembly.</summary>
    public WebClientAssets Assets => assets.Value;

    /// <summary>
    /// Whether the host's stop begins the drain (true for a host FletActors joins: its clients hear SessionClosed
    /// while Kestrel waits for their streams); <see cref="FletServer"/> runs the drain itself, after Kestrel's stop
    /// has begun.
    /// </summary>
    public bool DrainsOnHostStopping { get; set; } = true;

    /// <summary>How many sessions this node holds now; 0 before the host starts.</summary>
    public int SessionCount => Volatile.Read(ref sessions)?.Count ?? 0;

    /// <summary>The session service; Grpc.AspNetCore asks for it per call, once the host has started.</summary>
    public SessionGrpcService Service =>
        Volatile.Read(ref service) ?? throw new InvalidOperationException("The session service is not created yet: the host has not started.");

    /// <summary>The names of the apps, default first, once the host has started.</summary>
    public IEnumerable<string> AppNames => Apps.Freeze().Names;

    /// <summary>The actor system set-up FletActors needs, then <paramref name="configure"/> (tests, extra actors).</summary>
    public void ConfigureActorSystem(AkkaConfigurationBuilder akka, Action<AkkaConfigurationBuilder>? configure)
    {
        // Akka's own log events go to the host's loggers, with the host's levels and formatters.
        akka.ConfigureLoggers(loggers =>
        {
            loggers.ClearLoggers();
            loggers.AddLoggerFactory();
        });
        akka.AddHocon(ShutdownPhases.DrainPhase(Options.ShutdownTimeout), HoconAddMode.Prepend);
        configure?.Invoke(akka);

        // Every node, the embedded one-node default included, hosts its sessions as sharded entities. The one
        // exception is an actor system on a virtual-time scheduler (tests that drive session timers by hand):
        // Akka.Cluster's gossip and leader ticks would never fire there, so its sessions stay local actors.
        if (!UsesVirtualTime(akka))
        {
            shardedHome = new ShardedSessionHome(clusterOptions, clusterOptions.CreateSecret(), Options.Sessions.SessionTimeout);
            akka.WithFletActorsCluster(clusterOptions)
                .WithServingGate(clusterOptions, ServingGate)
                .WithSessionShardRegion(clusterOptions, _ => SessionEntity.Props(ServingGate), SessionEntityHandOff.Instance);
        }
    }

    /// <summary>True for the first caller only: the session service, health and reflection are mapped once per host.</summary>
    public bool ClaimSessionEndpoints() => Interlocked.Exchange(ref sessionEndpointsMapped, 1) == 0;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Creates the session manager over the mapped apps; runs after Akka.Hosting has started the actor system.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var catalog = Apps.Freeze();
        var actors = services.GetRequiredService<ActorSystem>();
        var loggerFactory = services.GetRequiredService<ILoggerFactory>();
        ISessionHome home = shardedHome is null ? new LocalSessionHome(actors) : shardedHome;
        // A cluster node's pub/sub reaches every node's sessions; a virtual-time system has no cluster to cross.
        IPubSubHub pubSub = shardedHome is null
            ? new InProcessPubSubBroker()
            : ClusterPubSubBackplane.CreateHub(actors, clusterOptions.PubSubMaxMessageBytes, loggerFactory);
        services.GetRequiredService<DeadLetterMetrics>().Start(actors);
        var manager = new SessionManager(actors, catalog, Options.Sessions, pubSub, loggerFactory, home,
            services.GetRequiredService<SessionMetrics>());
        var compressionMinBytes = Options.ResponseCompression.Length == 0 ? 0 : Options.ResponseCompressionMinBytes;
        var gate = new SessionCallGate(Apps, new FletAppAccess(services), Options.CapturedHeaders);
        Volatile.Write(ref service, new SessionGrpcService(manager, Options.Sessions, compressionMinBytes, gate, ServingGate,
            loggerFactory.CreateLogger("FletActors.Server.Transport")));
        Volatile.Write(ref sessions, manager);
        CoordinatedShutdown.Get(actors).AddTask(CoordinatedShutdown.PhaseBeforeServiceUnbind, "drain-sessions", async () =>
        {
            await DrainAsync().ConfigureAwait(false);
            return Done.Instance;
        });
        return Task.CompletedTask;
    }

    /// <summary>Once the host listens: new sessions are born in shards this node claims now, then health says SERVING.</summary>
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (shardedHome is not null)
        {
            var actors = services.GetRequiredService<ActorSystem>();
            var region = await ActorRegistry.For(actors).GetAsync<SessionRegion>(cancellationToken).ConfigureAwait(false);
            await shardedHome.StartAsync(actors, region, services.GetRequiredService<ClusterMetrics>(),
                services.GetRequiredService<ILoggerFactory>(), cancellationToken)
                .ConfigureAwait(false);
        }

        // Watch streams what was set last; checks run on demand. Both say SERVING from here until shutdown.
        FletGrpcHosting.SetServingStatus(services, ServingStatus.Serving);
    }

    public Task StoppingAsync(CancellationToken cancellationToken) =>
        // Awaited before any service stops: once Kestrel's stop has begun it may close a connection whose stream has
        // not yet written its SessionClosed, so the clients hear why first. The drain is bounded by ShutdownTimeout.
        DrainsOnHostStopping && Volatile.Read(ref sessions) is not null ? DrainAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Health NOT_SERVING, every session closed with SessionClosed to its client, every session stream ended, within
    /// <see cref="FletServerOptions.ShutdownTimeout"/>. Runs when the host stops and, when the actor system shuts
    /// down first (its CoordinatedShutdown started by Akka itself), as a task of its before-service-unbind phase; a
    /// second run finds nothing left to do.
    /// </summary>
    public async Task DrainAsync(CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Options.ShutdownTimeout);

        // NOT_SERVING first, for checks and watches alike, so load balancers stop sending clients here.
        services.GetRequiredService<ServingHealthCheck>().MarkStopping();
        FletGrpcHosting.SetServingStatus(services, ServingStatus.NotServing);
        try
        {
            if (Volatile.Read(ref sessions) is { } manager)
            {
                // A node leaving a cluster that goes on sends its clients to the other nodes (NODE_LEAVING); a server
                // alone tells them it is going away (SERVER_SHUTDOWN).
                var notice = shardedHome is null
                    ? ShutdownSession.Instance
                    : LeavingNotice.For(Akka.Cluster.Cluster.Get(services.GetRequiredService<ActorSystem>()));
                ServerLog.Draining(logger, manager.Count, notice.Reason.ToString());
                await manager.ShutdownAsync(notice).WaitAsync(deadline.Token).ConfigureAwait(false);
            }

            // Closed sessions have queued SessionClosed on their streams; let every stream write it and its trailers.
            await Streams.WhenIdleAsync().WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            ServerLog.ShutdownTimedOut(logger, Options.ShutdownTimeout);
        }
    }

    /// <summary>Disposes the session manager once, whether the server or the host's container disposes this first.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref sessions, null) is { } manager)
        {
            await manager.DisposeAsync().ConfigureAwait(false);
            ServingGate.Dispose();
        }
    }

    private static bool UsesVirtualTime(AkkaConfigurationBuilder akka) =>
        akka.Configuration.HasValue
        && akka.Configuration.Value.GetString("akka.scheduler.implementation", null) is { } scheduler
        && !scheduler.Contains(nameof(HashedWheelTimerScheduler), StringComparison.Ordinal);
}
