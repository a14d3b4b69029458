using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Cluster.Hosting.SBR;
using Akka.Cluster.Sharding;
using Akka.Discovery.KubernetesApi;
using Akka.Hosting;
using Akka.Management;
using Akka.Management.Cluster.Bootstrap;
using Akka.Remote.Hosting;
using FletActors.Cluster.Placement;
using FletActors.Cluster.Serialization;
using FletActors.Cluster.Sharding;

namespace FletActors.Cluster.Hosting;

/// <summary>Akka.Hosting set-up of a FletActors cluster node and of its session shard region.</summary>
public static class FletActorsClusterHostingExtensions
{
    /// <summary>The name of Akka.Management's container port; cluster bootstrap probes peers on the port of this name.</summary>
    public const string ManagementPortName = "management";

    /// <summary>
    /// Sets up Akka.Remote, Akka.Cluster with keep-majority split-brain resolution and the failure detector of
    /// <paramref name="options"/>, the sharding coordinator's store as DESIGN.md §5 found necessary, a readiness health
    /// check, and the discovery mode: self-join, seed nodes, or Akka.Management cluster bootstrap on the Kubernetes API.
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
            // Known not to start with the packages this feed serves: Akka.Http.Shim 1.5.73 (under Akka.Management) is
            // built against Ceen.Httpd 0.9.9, the feed has only 0.9.10, which lacks HttpServer.ListenAsync(IPEndPoint,
            // bool, ServerConfig, CancellationToken); Akka.Management then cannot bind and bootstrap's autostart
            // terminates the actor system (MissingMethodException).
            ClusterDiscoveryMode.Kubernetes => builder
                .WithAkkaManagement(new AkkaManagementOptions
                {
                    HostName = options.AdvertisedHost,
                    Port = options.ManagementPort,
                    BindHostName = options.NodeHost,
                    BindPort = options.ManagementPort,
                }, autoStart: true)
                .WithClusterBootstrap(bootstrap =>
                {
                    bootstrap.ContactPointDiscovery.ServiceName = ClusterNodeOptions.ActorSystemName;
                    bootstrap.ContactPointDiscovery.PortName = ManagementPortName;
                    bootstrap.ContactPointDiscovery.RequiredContactPointsNr = options.RequiredContactPoints;
                }, autoStart: true)
                .WithKubernetesDiscovery(new KubernetesDiscoveryOptions { PodLabelSelector = options.KubernetesPodLabelSelector }),
            _ => builder,
        };
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
