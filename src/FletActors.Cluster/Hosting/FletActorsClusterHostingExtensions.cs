using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Cluster.Hosting.SBR;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Akka.Discovery.Config.Hosting;
using Akka.Management.Cluster.Bootstrap;
using Akka.Management.Dsl;
using Akka.Remote.Hosting;
using FletActors.Cluster.Placement;
using FletActors.Cluster.Serialization;
using FletActors.Cluster.Sharding;
using FletActors.Sessions.Mailbox;

namespace FletActors.Cluster.Hosting;

/// <summary>Akka.Hosting set-up of a FletActors cluster node and of its session shard region.</summary>
public static class FletActorsClusterHostingExtensions
{
    /// <summary>The name of the contact point's container port; cluster bootstrap on Kubernetes probes peers on the port of this name.</summary>
    public const string ManagementPortName = "management";

    /// <summary>
    /// Sets up Akka.Remote, Akka.Cluster with keep-majority split-brain resolution and the failure detector of
    /// <paramref name="options"/>, the sharding coordinator's store as docs/architecture.md (Cluster) found necessary, a readiness health
    /// check, and the discovery mode: self-join, seed nodes, or Akka.Management cluster bootstrap on the Kubernetes API or
    /// on a list of contact points. With bootstrap, the host must serve <see cref="BootstrapContactPoint"/> on the
    /// management port (FletServer does).
    /// </summary>
    public static AkkaConfigurationBuilder WithFletActorsCluster(this AkkaConfigurationBuilder builder, ClusterNodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        builder
            .WithRemoting(new RemoteOptions
            {
                HostName = options.NodeHost,
                Port = options.NodePort,
                PublicHostName = options.AdvertisedHost,
            })
            .WithClustering(new ClusterOptions
            {
                SeedNodes = options.Discovery == ClusterDiscoveryMode.Seeds ? [.. options.SeedNodes] : null,
                SplitBrainResolver = new KeepMajorityOption(),
                FailureDetector = new PhiAccrualFailureDetectorOptions
                {
                    HeartbeatInterval = options.HeartbeatInterval,
                    AcceptableHeartbeatPause = options.AcceptableHeartbeatPause,
                },
            })
            // The coordinator's ddata writes wait for a majority of at least majority-min-cap nodes (default 5): on a
            // three-node cluster with one node dead, every new shard stalled ~10 s. 0 makes it a plain majority.
            .WithShardingDistributedData(new ShardingDDataOptions { MajorityMinimumCapacity = 0 })
            // Page.PubSub across nodes (ClusterPubSubBackplane); every node takes part, whatever its roles.
            .WithDistributedPubSub(string.Empty)
            .AddHocon(ClusterHocon.Downing(options), HoconAddMode.Prepend)
            .WithCustomSerializer(ClusterMessageSerializer.Name, ClusterMessageSerializer.BoundTypes,
                system => new ClusterMessageSerializer(system))
            .WithHealthCheck(ClusterMemberUpCheck.Name, new ClusterMemberUpCheck(), tags: [ClusterMemberUpCheck.ReadinessTag]);

        return options.Discovery switch
        {
            ClusterDiscoveryMode.None => builder.AddStartup((system, _) =>
            {
                var cluster = Akka.Cluster.Cluster.Get(system);
                cluster.Join(cluster.SelfAddress);
            }),
            ClusterDiscoveryMode.Kubernetes => builder
                .WithBootstrap(options)
                .AddSetup(new KubernetesPodDiscoverySetup(options.KubernetesPodLabelSelector, options.KubernetesNamespace).ToSetup())
                .AddHocon(ClusterHocon.Discovery(KubernetesPodDiscovery.MethodName, typeof(KubernetesPodDiscovery)), HoconAddMode.Prepend),
            ClusterDiscoveryMode.ContactPoints => builder
                .WithBootstrap(options)
                .WithConfigDiscovery(new ConfigServiceDiscoveryOptions
                {
                    Services = [new Service { Name = ClusterNodeOptions.ActorSystemName, Endpoints = [.. options.ContactPoints] }],
                }),
            _ => builder,
        };
    }

    /// <summary>
    /// Akka.Management's cluster bootstrap, without Akka.Management's HTTP endpoint: that endpoint runs on Akka.Http.Shim
    /// 1.5.73, built against Ceen.Httpd 0.9.9, while nuget.org serves only Ceen.Httpd 0.9.10, which lacks
    /// <c>HttpServer.ListenAsync(IPEndPoint, bool, ServerConfig, CancellationToken)</c>; starting it throws
    /// MissingMethodException and bootstrap's autostart then terminates the actor system. So the host's Kestrel serves the
    /// contact point (<see cref="BootstrapContactPoint"/>), and bootstrap itself (probing its peers, the lowest-address
    /// join decision) runs as Akka.Management ships it. On Kubernetes the pods are listed by
    /// <see cref="KubernetesPodDiscovery"/>, which says why Akka.Discovery.KubernetesApi is not used either.
    /// </summary>
    private static AkkaConfigurationBuilder WithBootstrap(this AkkaConfigurationBuilder builder, ClusterNodeOptions options) => builder
        .WithClusterBootstrap(bootstrap =>
        {
            bootstrap.ContactPointDiscovery.ServiceName = ClusterNodeOptions.ActorSystemName;
            // Kubernetes names the container port; a listed contact point carries its own.
            bootstrap.ContactPointDiscovery.PortName = options.Discovery == ClusterDiscoveryMode.Kubernetes ? ManagementPortName : null;
            bootstrap.ContactPointDiscovery.RequiredContactPointsNr = options.RequiredContactPoints;
            bootstrap.ContactPoint.FallbackPort = options.ManagementPort;
            // Nodes sharing a host differ by port only; without a port name bootstrap would keep just the fallback port's.
            bootstrap.ContactPoint.FilterOnFallbackPort = false;
        }, autoStart: false)
        .AddStartup(async (system, _) =>
        {
            var bootstrap = ClusterBootstrap.Get(system);
            // Asking for the routes is how bootstrap learns its own contact point when another server serves them; it
            // compares that with the discovered ones to tell whether this node is the lowest.
            bootstrap.Routes(ManagementRouteProviderSettings.Create(options.ContactPointUri, readOnly: true));
            await bootstrap.Start().ConfigureAwait(false);
        });

    /// <summary>
    /// Feeds <paramref name="gate"/> from this node's cluster events (<see cref="ServingGateWatcher"/>), with a lease of
    /// one failure detector's worth of silence from <paramref name="options"/>, so that the node stops writing to its
    /// clients once it is on the minority side, downed, removed, frozen past the failure detector, or terminated.
    /// </summary>
    public static AkkaConfigurationBuilder WithServingGate(this AkkaConfigurationBuilder builder, ClusterNodeOptions options,
        ServingGate gate)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(gate);
        var lease = ServingPolicy.Lease(options.HeartbeatInterval, options.AcceptableHeartbeatPause);
        return builder.WithActors((system, _) =>
            system.ActorOf(ServingGateWatcher.Props(gate, lease, TimeProvider.System), "serving-gate"));
    }

    /// <summary>
    /// Starts the session shard region with <see cref="SessionMessageExtractor"/> and
    /// <see cref="RequesterFirstAllocationStrategy"/> and registers it as <see cref="SessionRegion"/>. Akka.Cluster.Hosting's
    /// <c>WithShardRegion</c> takes no allocation strategy, hence <c>ClusterSharding.Start</c> here.
    /// </summary>
    /// <param name="builder">The builder <see cref="WithFletActorsCluster"/> set up.</param>
    /// <param name="options">The node's options; their <see cref="ClusterNodeOptions.ShardCount"/> routes ids.</param>
    /// <param name="entityProps">Props of the session actor for a session id.</param>
    /// <param name="handOffStopMessage">What a session gets when its node leaves and its shard is handed off.</param>
    public static AkkaConfigurationBuilder WithSessionShardRegion(
        this AkkaConfigurationBuilder builder,
        ClusterNodeOptions options,
        Func<string, Props> entityProps,
        object handOffStopMessage)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(entityProps);
        ArgumentNullException.ThrowIfNull(handOffStopMessage);
        return builder.WithActors((system, registry) =>
        {
            // Before the region: sharding may start an entity as soon as a shard lands on this node.
            SessionMailbox.Install(system);
            var region = ClusterSharding.Get(system).Start(
                SessionRegion.TypeName,
                entityProps,
                SessionShardingSettings(system),
                new SessionMessageExtractor(options.ShardCount),
                new RequesterFirstAllocationStrategy(),
                handOffStopMessage);
            registry.Register<SessionRegion>(region);
        });
    }

    /// <summary>
    /// Sharding settings for sessions: coordinator state in distributed data with plain-majority reads and writes
    /// (a dead node does not stall allocation), no remembered entities (a session cannot be rebuilt from its id), and
    /// no idle passivation (a quiet page is still a live page; sessions passivate themselves when they close).
    /// </summary>
    public static ClusterShardingSettings SessionShardingSettings(ActorSystem system)
    {
        var settings = ClusterShardingSettings.Create(system);
        return settings
            .WithStateStoreMode(StateStoreMode.DData)
            .WithRememberEntities(false)
            .WithPassivateIdleAfter(TimeSpan.Zero)
            .WithTuningParameters(settings.TuningParameters
                .WithCoordinatorStateWriteMajorityPlus(0)
                .WithCoordinatorStateReadMajorityPlus(0));
    }
}
