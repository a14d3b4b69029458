using Akka.Configuration;
using Akka.Hosting;

namespace FletActors.Cluster.Hosting;

/// <summary>
/// The only HOCON FletActors writes: the settings Akka.Cluster.Hosting 1.5.73 has no typed option for. Its
/// <c>KeepMajorityOption</c> picks the strategy but not its timing, so keep-majority's <c>stable-after</c> and the
/// cluster's <c>down-removal-margin</c> (which sharding and singletons wait out before restarting a downed node's
/// shards elsewhere) are set here; and Akka.Discovery finds a discovery method's class in configuration only.
/// Everything else goes through typed options.
/// </summary>
internal static class ClusterHocon
{
    public static Config Downing(ClusterNodeOptions options) => ConfigurationFactory.ParseString($"""
        akka.cluster.split-brain-resolver.stable-after = {options.StableAfter.ToHocon()}
        akka.cluster.down-removal-margin = {(options.DownRemovalMargin == TimeSpan.Zero ? "off" : options.DownRemovalMargin.ToHocon())}
        """);

    /// <summary>Makes <paramref name="implementation"/> the default Akka.Discovery method, named <paramref name="method"/>.</summary>
    public static Config Discovery(string method, Type implementation) => ConfigurationFactory.ParseString($"""
        akka.discovery.method = {method}
        akka.discovery.{method}.class = "{implementation.FullName}, {implementation.Assembly.GetName().Name}"
        """);
}
