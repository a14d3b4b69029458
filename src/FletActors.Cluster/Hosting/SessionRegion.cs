namespace FletActors.Cluster.Hosting;

/// <summary>
/// The key of the session shard region in Akka.Hosting's <c>ActorRegistry</c>: ask for
/// <c>IRequiredActor&lt;SessionRegion&gt;</c> to send <see cref="Sharding.SessionEnvelope"/>s.
/// </summary>
public sealed class SessionRegion
{
    /// <summary>The sharding type name of sessions; the same on every node.</summary>
    public const string TypeName = "session";

    private SessionRegion()
    {
    }
}
