using System.Globalization;
using System.Net;
using Akka.Actor;
using FletActors.Cluster.Sharding;

namespace FletActors.Cluster.Hosting;

/// <summary>The start-up checks of <see cref="ClusterNodeOptions"/>; each message names its configuration key.</summary>
internal static class ClusterNodeOptionsValidation
{
    private static readonly TimeSpan LongestTiming = TimeSpan.FromMinutes(10);

    // Akka.Remote's default maximum-frame-size is 128 000 bytes; the envelope around a message needs the rest.
    private const int LargestPubSubMessageBytes = 120_000;

    public static void Validate(ClusterNodeOptions options)
    {
        var kubernetes = options.Discovery == ClusterDiscoveryMode.Kubernetes;
        var bootstrap = options.UsesBootstrap;
        RequireHost(options.NodeHost, nameof(options.NodeHost));
        if (bootstrap && options.NodeHost != "localhost" && !IPAddress.TryParse(options.NodeHost, out _))
        {
            Fail(nameof(options.NodeHost), $"must be an IP address or localhost when {Key(nameof(options.Discovery))} is {Name(options.Discovery)}: the contact point listens there (got '{options.NodeHost}')");
        }

        if (options.PublicHostname.Length > 0)
        {
            RequireHost(options.PublicHostname, nameof(options.PublicHostname));
        }
        else if (IPAddress.TryParse(options.NodeHost, out var bind) && (bind.Equals(IPAddress.Any) || bind.Equals(IPAddress.IPv6Any)))
        {
            Fail(nameof(options.PublicHostname), $"must be set when {Key(nameof(options.NodeHost))} is {options.NodeHost}: other nodes cannot reach a wildcard address");
        }

        RequirePort(options.NodePort, nameof(options.NodePort), nonZero: bootstrap);
        RequirePort(options.ManagementPort, nameof(options.ManagementPort), nonZero: bootstrap);
        if (bootstrap && options.ManagementPort == options.NodePort)
        {
            Fail(nameof(options.ManagementPort), $"must differ from {Key(nameof(options.NodePort))} ({options.NodePort})");
        }

        ValidateSeeds(options);
        ValidateContactPoints(options);
        ValidateSecrets(options);

        if (options.ShardCount is < 1 or > SessionIdFormat.MaxShardCount)
        {
            Fail(nameof(options.ShardCount), $"must be between 1 and {SessionIdFormat.MaxShardCount} (got {options.ShardCount})");
        }

        if (options.ClaimedShards < 1 || options.ClaimedShards > options.ShardCount)
        {
            Fail(nameof(options.ClaimedShards), $"must be between 1 and {Key(nameof(options.ShardCount))} ({options.ShardCount}) (got {options.ClaimedShards})");
        }

        if (kubernetes && options.KubernetesPodLabelSelector.Trim().Length == 0)
        {
            Fail(nameof(options.KubernetesPodLabelSelector), "must name the labels of this deployment's pods when Discovery is kubernetes");
        }

        if (kubernetes && options.KubernetesNamespace.Length > 0 && !IsDnsLabel(options.KubernetesNamespace))
        {
            Fail(nameof(options.KubernetesNamespace), $"must be a Kubernetes namespace name (lower-case letters, digits and '-') or empty (got '{options.KubernetesNamespace}')");
        }

        if (options.RequiredContactPoints < 1)
        {
            Fail(nameof(options.RequiredContactPoints), $"must be 1 or more (got {options.RequiredContactPoints})");
        }

        RequireTiming(options.HeartbeatInterval, "HeartbeatIntervalSeconds", allowZero: false);
        RequireTiming(options.AcceptableHeartbeatPause, "AcceptableHeartbeatPauseSeconds", allowZero: false);
        if (options.AcceptableHeartbeatPause <= options.HeartbeatInterval)
        {
            Fail("AcceptableHeartbeatPauseSeconds", $"must be longer than {Key("HeartbeatIntervalSeconds")} ({options.HeartbeatInterval.TotalSeconds} s)");
        }

        RequireTiming(options.StableAfter, "StableAfterSeconds", allowZero: false);
        RequireTiming(options.DownRemovalMargin, "DownRemovalMarginSeconds", allowZero: true);
        RequireTiming(options.LeaveTimeout, "LeaveTimeoutSeconds", allowZero: false);
        RequireTiming(options.ForwardTimeout, "ForwardTimeoutSeconds", allowZero: false);
        if (options.PubSubMaxMessageBytes is < 1 or > LargestPubSubMessageBytes)
        {
            Fail(nameof(options.PubSubMaxMessageBytes), $"must be between 1 and {LargestPubSubMessageBytes} (got {options.PubSubMaxMessageBytes})");
        }

        ValidateSessionRecords(options);
    }

    /// <summary>The largest session record allowed: one record must fit a remoting frame with room to spare.</summary>
    public const int LargestSessionRecordBytes = 64 * 1024;

    private static void ValidateSessionRecords(ClusterNodeOptions options)
    {
        if (options.SessionRecordKeys is < 1 or > 10_000)
        {
            Fail(nameof(options.SessionRecordKeys), $"must be between 1 and 10000 (got {options.SessionRecordKeys})");
        }

        if (options.MaxSessionRecordBytes is < 256 or > LargestSessionRecordBytes)
        {
            Fail(nameof(options.MaxSessionRecordBytes), $"must be between 256 and {LargestSessionRecordBytes} (got {options.MaxSessionRecordBytes})");
        }

        RequireTiming(options.SessionRecordWriteTimeout, "SessionRecordWriteTimeoutSeconds", allowZero: false);
        RequireTiming(options.SessionRecordReadTimeout, "SessionRecordReadTimeoutSeconds", allowZero: false);
    }

    /// <summary>The full configuration key of option <paramref name="name"/>.</summary>
    public static string Key(string name) => $"{ClusterNodeOptionsReader.SectionName}:{name}";

    private static void ValidateSeeds(ClusterNodeOptions options)
    {
        if (options.Discovery != ClusterDiscoveryMode.Seeds)
        {
            if (options.SeedNodes.Count > 0)
            {
                Fail(nameof(options.SeedNodes), $"is only used when {Key(nameof(options.Discovery))} is seeds (it is {Name(options.Discovery)})");
            }

            return;
        }

        if (options.SeedNodes.Count == 0)
        {
            Fail(nameof(options.SeedNodes), "must list at least one seed node when Discovery is seeds");
        }

        foreach (var seed in options.SeedNodes)
        {
            if (!ActorPath.TryParseAddress(seed, out var address) || address.Host is null || address.Port is null or 0
                || address.System != ClusterNodeOptions.ActorSystemName || address.Protocol != "akka.tcp")
            {
                Fail(nameof(options.SeedNodes), $"has '{seed}', which is not akka.tcp://{ClusterNodeOptions.ActorSystemName}@host:port");
            }
        }
    }

    private static void ValidateContactPoints(ClusterNodeOptions options)
    {
        if (options.Discovery != ClusterDiscoveryMode.ContactPoints)
        {
            if (options.ContactPoints.Count > 0)
            {
                Fail(nameof(options.ContactPoints), $"is only used when {Key(nameof(options.Discovery))} is contactpoints (it is {Name(options.Discovery)})");
            }

            return;
        }

        var self = $"{options.AdvertisedHost}:{options.ManagementPort}";
        foreach (var contactPoint in options.ContactPoints)
        {
            var colon = contactPoint.LastIndexOf(':');
            if (colon <= 0 || Uri.CheckHostName(contactPoint[..colon].Trim('[', ']')) == UriHostNameType.Unknown
                || !int.TryParse(contactPoint[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                Fail(nameof(options.ContactPoints), $"has '{contactPoint}', which is not host:port");
            }
        }

        // Bootstrap lets only a listed contact point start a new cluster; a node missing from the list could never be that one.
        if (!options.ContactPoints.Contains(self, StringComparer.OrdinalIgnoreCase))
        {
            Fail(nameof(options.ContactPoints), $"must list this node's own contact point {self} ({Key(nameof(options.PublicHostname))} or {Key(nameof(options.NodeHost))}, and {Key(nameof(options.ManagementPort))})");
        }

        if (options.RequiredContactPoints > options.ContactPoints.Count)
        {
            Fail(nameof(options.RequiredContactPoints), $"must be at most the {options.ContactPoints.Count} {Key(nameof(options.ContactPoints))} listed, or no cluster ever forms (got {options.RequiredContactPoints})");
        }
    }

    private static bool IsDnsLabel(string name) =>
        name.Length <= 63 && name[0] != '-' && name[^1] != '-'
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static string Name(ClusterDiscoveryMode mode) => mode.ToString().ToLowerInvariant();

    private static void ValidateSecrets(ClusterNodeOptions options)
    {
        if (options.Discovery != ClusterDiscoveryMode.None && options.ClusterSecret.Length == 0)
        {
            Fail(nameof(options.ClusterSecret), "must be set when nodes form a cluster: every node checks the resume tokens the others issued");
        }

        if (options.ClusterSecret.Length == 0 && options.PreviousClusterSecret.Length > 0)
        {
            Fail(nameof(options.PreviousClusterSecret), $"needs {Key(nameof(options.ClusterSecret))} to be set as well");
        }

        if (options.ClusterSecret.Length > 0)
        {
            // The secret's own checks carry the keys in their messages.
            _ = new Tokens.ClusterSecret(options.ClusterSecret, options.PreviousClusterSecret);
        }
    }

    private static void RequireHost(string host, string name)
    {
        if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            Fail(name, $"must be an IP address or a host name (got '{host}')");
        }
    }

    private static void RequirePort(int port, string name, bool nonZero)
    {
        if (port is < 0 or > 65535 || (nonZero && port == 0))
        {
            Fail(name, $"must be between {(nonZero ? 1 : 0)} and 65535 (got {port})");
        }
    }

    private static void RequireTiming(TimeSpan value, string key, bool allowZero)
    {
        if (value < TimeSpan.Zero || (!allowZero && value == TimeSpan.Zero) || value > LongestTiming)
        {
            var range = allowZero ? "between 0 and" : "more than 0 and at most";
            Fail(key, $"must be {range} {LongestTiming.TotalSeconds} seconds (got {value.TotalSeconds})");
        }
    }

    private static void Fail(string name, string problem) =>
        throw new ArgumentException($"{Key(name)} {problem}.", name);
}
