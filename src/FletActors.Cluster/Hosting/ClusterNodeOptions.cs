using FletActors.Cluster.Tokens;

namespace FletActors.Cluster.Hosting;

/// <summary>
/// How this node joins the cluster, read from the <c>FletActors:Cluster</c> section by
/// <see cref="ClusterNodeOptionsReader"/> and validated before the actor system starts. Defaults are production
/// values; <see cref="WithFastFailover"/> gives the timings the loopback tests use.
/// </summary>
public sealed record ClusterNodeOptions
{
    /// <summary>The actor system name; seed node addresses must name it.</summary>
    public const string ActorSystemName = "fletactors";

    /// <summary>How peers are found (<c>Discovery</c>: none, seeds, kubernetes or contactpoints).</summary>
    public ClusterDiscoveryMode Discovery { get; init; } = ClusterDiscoveryMode.None;

    /// <summary>The address Akka.Remote binds (<c>NodeHost</c>); 0.0.0.0 in a container, with <see cref="PublicHostname"/> set.</summary>
    public string NodeHost { get; init; } = "127.0.0.1";

    /// <summary>
    /// The Akka.Remote port (<c>NodePort</c>); 0 picks a free one, which suits the embedded one-node cluster and any
    /// node that is not itself a seed. Kubernetes needs a fixed port, named by the pod and the headless service.
    /// </summary>
    public int NodePort { get; init; }

    /// <summary>The host other nodes reach this one at (<c>PublicHostname</c>): the pod IP in Kubernetes; empty means <see cref="NodeHost"/>.</summary>
    public string PublicHostname { get; init; } = "";

    /// <summary>Seed node addresses, <c>akka.tcp://fletactors@host:port</c> (<c>SeedNodes</c>, comma separated); only with discovery = seeds.</summary>
    public IReadOnlyList<string> SeedNodes { get; init; } = [];

    /// <summary>
    /// The shared key that signs resume tokens (<c>ClusterSecret</c>), at least <see cref="ClusterSecret.MinimumLength"/>
    /// characters; required with seeds or kubernetes. Empty with discovery = none means a random secret per process.
    /// </summary>
    public string ClusterSecret { get; init; } = "";

    /// <summary>The secret before a rotation, still accepted for resume tokens (<c>PreviousClusterSecret</c>); empty when not rotating.</summary>
    public string PreviousClusterSecret { get; init; } = "";

    /// <summary>
    /// The port of this node's cluster bootstrap contact point (<c>ManagementPort</c>), where its peers' bootstrap asks
    /// which cluster it belongs to (<c>GET /bootstrap/seed-nodes</c>); used with discovery = kubernetes or
    /// contactpoints. The server listens on it at <see cref="NodeHost"/> and advertises <see cref="AdvertisedHost"/>.
    /// </summary>
    public int ManagementPort { get; init; } = 8558;

    /// <summary>The label selector that finds this deployment's pods (<c>KubernetesPodLabelSelector</c>).</summary>
    public string KubernetesPodLabelSelector { get; init; } = "app.kubernetes.io/name=fletactors";

    /// <summary>
    /// The namespace whose pods discovery lists (<c>KubernetesNamespace</c>), given by the downward API in k8s/; empty
    /// means the namespace of the pod's service account token.
    /// </summary>
    public string KubernetesNamespace { get; init; } = "";

    /// <summary>
    /// The contact points of every node, <c>host:port</c> of each one's <see cref="ManagementPort"/> (<c>ContactPoints</c>,
    /// comma separated); only with discovery = contactpoints, and this node's own among them.
    /// </summary>
    public IReadOnlyList<string> ContactPoints { get; init; } = [];

    /// <summary>
    /// Contact points that must answer before the lowest of them forms a new cluster (<c>RequiredContactPoints</c>);
    /// a node that finds an existing cluster joins it at once.
    /// </summary>
    public int RequiredContactPoints { get; init; } = 2;

    /// <summary>
    /// The fixed number of session shards (<c>ShardCount</c>), the same on every node and never changed while sessions
    /// live (ids carry their shard). About ten per node of the largest cluster expected.
    /// </summary>
    public int ShardCount { get; init; } = 100;

    /// <summary>
    /// Shards each node claims for itself at start (<c>ClaimedShards</c>): new sessions are born in them, so the common
    /// case forwards nothing across the network. Enough to spread one node's sessions over a few shards; at most
    /// <see cref="ShardCount"/>.
    /// </summary>
    public int ClaimedShards { get; init; } = 4;

    /// <summary>How often the failure detector expects a heartbeat (<c>HeartbeatIntervalSeconds</c>); Akka's default, 1 s.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Silence tolerated before a node is unreachable (<c>AcceptableHeartbeatPauseSeconds</c>); Akka's default, 3 s.
    /// Raise it where long GC pauses or a busy host are normal.
    /// </summary>
    public TimeSpan AcceptableHeartbeatPause { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How long membership must stay unchanged before keep-majority downs the unreachable side
    /// (<c>StableAfterSeconds</c>). 7 s suits a handful of nodes; Akka's default of 20 s suits large clusters. Failover
    /// of sessions does not wait for it (a client of a dead node gets a fresh session at once), only the reuse of the
    /// dead node's shards does.
    /// </summary>
    public TimeSpan StableAfter { get; init; } = TimeSpan.FromSeconds(7);

    /// <summary>
    /// Wait after a downing before the dead node's shards and singletons start elsewhere (<c>DownRemovalMarginSeconds</c>);
    /// 0 means Akka's rule, the same as <see cref="StableAfter"/>.
    /// </summary>
    public TimeSpan DownRemovalMargin { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// How long a node that stops may take to leave its cluster once its clients are drained (<c>LeaveTimeoutSeconds</c>):
    /// sharding hands off its shards and the other nodes see it exit. A graceful stop ends within the server's
    /// ShutdownTimeoutSeconds (the drain) plus this, so Kubernetes' terminationGracePeriodSeconds must cover preStop
    /// plus both. Past it the process exits anyway and its peers notice it gone through the failure detector.
    /// </summary>
    public TimeSpan LeaveTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The longest wait for the node holding a session to answer a call forwarded to it (<c>ForwardTimeoutSeconds</c>),
    /// after which the client gets UNAVAILABLE and retries. It only bounds a node that is slow but not known lost: a
    /// call to a node that is cut off from this one, unreachable or removed ends at once, the moment that is known,
    /// and the client's session starts again on a surviving node.
    /// </summary>
    public TimeSpan ForwardTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many DistributedData keys the replicated session records are spread over (<c>SessionRecordKeys</c>): each
    /// key holds the records of the sessions whose shards map to it, so no single key grows with the whole cluster.
    /// A key is gossiped whole when deltas do not suffice; keep keys × 64 KB above the records a cluster holds.
    /// </summary>
    public int SessionRecordKeys { get; init; } = 100;

    /// <summary>
    /// The largest replicated record of one session (<c>MaxSessionRecordBytes</c>): app, route and Page.Session
    /// values. Values that would make it larger stay on their node only, with a warning naming their keys.
    /// </summary>
    public int MaxSessionRecordBytes { get; init; } = 16 * 1024;

    /// <summary>
    /// How long a record's write waits for a majority of nodes (<c>SessionRecordWriteTimeoutSeconds</c>). The write
    /// is never waited for by the app; after this the value still spreads by gossip.
    /// </summary>
    public TimeSpan SessionRecordWriteTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How long a resume of a lost session waits for a majority read of its record when this node's replica has none
    /// yet (<c>SessionRecordReadTimeoutSeconds</c>); after it the client is told NOT_FOUND.
    /// </summary>
    public TimeSpan SessionRecordReadTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The largest message, encoded, that a session may publish with Page.PubSub (<c>PubSubMaxMessageBytes</c>); a
    /// larger one is refused when published. Below Akka.Remote's 128 000-byte frame, which would drop it on the way.
    /// </summary>
    public int PubSubMaxMessageBytes { get; init; } = 64 * 1024;

    /// <summary>Whether peers are found by Akka.Management cluster bootstrap (discovery = kubernetes or contactpoints).</summary>
    public bool UsesBootstrap => Discovery is ClusterDiscoveryMode.Kubernetes or ClusterDiscoveryMode.ContactPoints;

    /// <summary>The host advertised to other nodes: <see cref="PublicHostname"/>, or <see cref="NodeHost"/> when that is empty.</summary>
    public string AdvertisedHost => PublicHostname.Length > 0 ? PublicHostname : NodeHost;

    /// <summary>
    /// These options with the timings failover was measured with on loopback (docs/architecture.md, Cluster): heartbeat 1 s, acceptable pause
    /// 3 s, stable-after 3 s, down-removal-margin 1 s.
    /// </summary>
    public ClusterNodeOptions WithFastFailover() => this with
    {
        HeartbeatInterval = TimeSpan.FromSeconds(1),
        AcceptableHeartbeatPause = TimeSpan.FromSeconds(3),
        StableAfter = TimeSpan.FromSeconds(3),
        DownRemovalMargin = TimeSpan.FromSeconds(1),
    };

    /// <summary>The base URI peers reach this node's contact point at: <see cref="AdvertisedHost"/> and <see cref="ManagementPort"/>.</summary>
    public Uri ContactPointUri => new UriBuilder(Uri.UriSchemeHttp, AdvertisedHost, ManagementPort).Uri;

    /// <summary>The signing secret these options name: a random one for an embedded node without one.</summary>
    public ClusterSecret CreateSecret() =>
        Discovery == ClusterDiscoveryMode.None && ClusterSecret.Length == 0
            ? Tokens.ClusterSecret.CreateRandom()
            : new ClusterSecret(ClusterSecret, PreviousClusterSecret);

    /// <summary>Throws <see cref="ArgumentException"/> naming the configuration key of the first invalid value.</summary>
    public void Validate() => ClusterNodeOptionsValidation.Validate(this);
}
