using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace FletActors.Cluster.Hosting;

/// <summary>
/// Reads <see cref="ClusterNodeOptions"/> from the <c>FletActors:Cluster</c> configuration section (appsettings.json,
/// <c>FletActors__Cluster__*</c> environment variables, <c>--FletActors:Cluster:Name=value</c> arguments) with clear
/// errors for values of the wrong kind; ranges are checked once, by <see cref="ClusterNodeOptions.Validate"/>.
/// </summary>
public static class ClusterNodeOptionsReader
{
    /// <summary>The configuration section every key below lives in.</summary>
    public const string SectionName = "FletActors:Cluster";

    /// <summary>Every key this reader reads, relative to <see cref="SectionName"/>.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "Discovery", "NodeHost", "NodePort", "PublicHostname", "SeedNodes", "ClusterSecret", "PreviousClusterSecret",
        "ManagementPort", "KubernetesPodLabelSelector", "KubernetesNamespace", "ContactPoints", "RequiredContactPoints", "ShardCount", "ClaimedShards", "HeartbeatIntervalSeconds",
        "AcceptableHeartbeatPauseSeconds", "StableAfterSeconds", "DownRemovalMarginSeconds", "PubSubMaxMessageBytes",
        "LeaveTimeoutSeconds", "ForwardTimeoutSeconds",
        "SessionRecordKeys", "MaxSessionRecordBytes", "SessionRecordWriteTimeoutSeconds", "SessionRecordReadTimeoutSeconds",
    ];

    /// <summary>The options in <paramref name="configuration"/>, falling back to <paramref name="defaults"/> key by key.</summary>
    public static ClusterNodeOptions Read(IConfiguration configuration, ClusterNodeOptions defaults)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(defaults);
        var section = configuration.GetSection(SectionName);
        return defaults with
        {
            Discovery = Discovery(section, defaults.Discovery),
            NodeHost = section["NodeHost"] ?? defaults.NodeHost,
            NodePort = Int(section, "NodePort", defaults.NodePort),
            PublicHostname = section["PublicHostname"] ?? defaults.PublicHostname,
            SeedNodes = List(section, "SeedNodes", defaults.SeedNodes),
            ClusterSecret = section["ClusterSecret"] ?? defaults.ClusterSecret,
            PreviousClusterSecret = section["PreviousClusterSecret"] ?? defaults.PreviousClusterSecret,
            ManagementPort = Int(section, "ManagementPort", defaults.ManagementPort),
            KubernetesPodLabelSelector = section["KubernetesPodLabelSelector"] ?? defaults.KubernetesPodLabelSelector,
            KubernetesNamespace = section["KubernetesNamespace"] ?? defaults.KubernetesNamespace,
            ContactPoints = List(section, "ContactPoints", defaults.ContactPoints),
            RequiredContactPoints = Int(section, "RequiredContactPoints", defaults.RequiredContactPoints),
            ShardCount = Int(section, "ShardCount", defaults.ShardCount),
            ClaimedShards = Int(section, "ClaimedShards", defaults.ClaimedShards),
            HeartbeatInterval = Seconds(section, "HeartbeatIntervalSeconds", defaults.HeartbeatInterval),
            AcceptableHeartbeatPause = Seconds(section, "AcceptableHeartbeatPauseSeconds", defaults.AcceptableHeartbeatPause),
            StableAfter = Seconds(section, "StableAfterSeconds", defaults.StableAfter),
            DownRemovalMargin = Seconds(section, "DownRemovalMarginSeconds", defaults.DownRemovalMargin),
            PubSubMaxMessageBytes = Int(section, "PubSubMaxMessageBytes", defaults.PubSubMaxMessageBytes),
            LeaveTimeout = Seconds(section, "LeaveTimeoutSeconds", defaults.LeaveTimeout),
            ForwardTimeout = Seconds(section, "ForwardTimeoutSeconds", defaults.ForwardTimeout),
            SessionRecordKeys = Int(section, "SessionRecordKeys", defaults.SessionRecordKeys),
            MaxSessionRecordBytes = Int(section, "MaxSessionRecordBytes", defaults.MaxSessionRecordBytes),
            SessionRecordWriteTimeout = Seconds(section, "SessionRecordWriteTimeoutSeconds", defaults.SessionRecordWriteTimeout),
            SessionRecordReadTimeout = Seconds(section, "SessionRecordReadTimeoutSeconds", defaults.SessionRecordReadTimeout),
        };
    }

    private static ClusterDiscoveryMode Discovery(IConfigurationSection section, ClusterDiscoveryMode fallback) =>
        section["Discovery"] is not { } text ? fallback
        : Enum.TryParse<ClusterDiscoveryMode>(text, ignoreCase: true, out var mode) && Enum.IsDefined(mode) && !int.TryParse(text, out _) ? mode
        : throw new ArgumentException($"{SectionName}:Discovery must be none, seeds, kubernetes or contactpoints (got '{text}').");

    private static IReadOnlyList<string> List(IConfigurationSection section, string key, IReadOnlyList<string> fallback) =>
        section[key] is { } text ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : fallback;

    private static int Int(IConfigurationSection section, string key, int fallback) =>
        section[key] is not { } text ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new ArgumentException($"{SectionName}:{key} must be a whole number (got '{text}').", key);

    private static TimeSpan Seconds(IConfigurationSection section, string key, TimeSpan fallback) =>
        section[key] is not { } text ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            && Math.Abs(value) < TimeSpan.MaxValue.TotalSeconds
            ? TimeSpan.FromSeconds(value)
            : throw new ArgumentException($"{SectionName}:{key} must be a number of seconds (got '{text}').", key);
}
