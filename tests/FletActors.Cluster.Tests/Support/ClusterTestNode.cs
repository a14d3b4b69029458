using System.Net;
using System.Net.Sockets;
using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using FletActors.Cluster.Hosting;
using FletActors.Cluster.Sharding;
using FletActors.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace FletActors.Cluster.Tests.Support;

/// <summary>
/// One cluster node in this process, started the way the server will: a generic host with <c>AddAkka</c>,
/// <see cref="FletActorsClusterHostingExtensions.WithFletActorsCluster"/> and the session shard region, whose
/// entities are <see cref="WhereAmIEntity"/>s.
/// </summary>
public sealed class ClusterTestNode : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private readonly IHost host;

    private ClusterTestNode(IHost host, ClusterNodeOptions options, ActorSystem system, IActorRef region)
    {
        this.host = host;
        Options = options;
        System = system;
        Region = region;
        Ids = new SessionIdFactory(options.ShardCount);
    }

    public ClusterNodeOptions Options { get; }

    public ActorSystem System { get; }

    public IActorRef Region { get; }

    public SessionIdFactory Ids { get; }

    public Akka.Cluster.Cluster Cluster => Akka.Cluster.Cluster.Get(System);

    public string Address => Cluster.SelfAddress.ToString();

    public static async Task<ClusterTestNode> StartAsync(ClusterNodeOptions options)
    {
        var host = new HostBuilder()
            .ConfigureServices(services =>
            {
                services.AddHealthChecks();
                services.AddAkka(ClusterNodeOptions.ActorSystemName, (builder, _) => builder
                    .ConfigureLoggers(loggers => loggers.LogLevel = Akka.Event.LogLevel.WarningLevel)
                    .WithFletActorsCluster(options)
                    .WithSessionShardRegion(options, WhereAmIEntity.Props, PoisonPill.Instance));
            })
            .Build();
        await host.StartAsync();
        var system = host.Services.GetRequiredService<ActorSystem>();
        var region = await host.Services.GetRequiredService<IRequiredActor<SessionRegion>>().GetAsync();
        return new ClusterTestNode(host, options, system, region);
    }

    /// <summary>Runs the readiness-tagged health checks, as the gRPC health service will.</summary>
    public Task<HealthReport> ReadinessAsync() =>
        host.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(check => check.Tags.Contains(ClusterMemberUpCheck.ReadinessTag));

    /// <summary>The shard ids this node's region hosts.</summary>
    public async Task<IReadOnlyList<string>> LocalShardsAsync()
    {
        var state = await Region.Ask<CurrentShardRegionState>(GetShardRegionState.Instance, TimeSpan.FromSeconds(20));
        return [.. state.Shards.Select(s => s.ShardId)];
    }

    public Task<WhereAmIEntity.Hosted> AskAsync(string sessionId, string payload) =>
        Region.Ask<WhereAmIEntity.Hosted>(new SessionEnvelope(sessionId, payload), TimeSpan.FromSeconds(30));

    public static int FreeTcpPort() => LoopbackPorts.Free();

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(StopTimeout);
        await host.StopAsync(timeout.Token);
        host.Dispose();
    }
}
