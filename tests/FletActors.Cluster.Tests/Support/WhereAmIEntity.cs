using Akka.Actor;

namespace FletActors.Cluster.Tests.Support;

/// <summary>A stand-in session entity: answers any message with its id, its node and what it was sent.</summary>
public sealed class WhereAmIEntity : ReceiveActor
{
    public WhereAmIEntity(string entityId)
    {
        var node = Akka.Cluster.Cluster.Get(Context.System).SelfAddress.ToString();
        ReceiveAny(message => Sender.Tell(new Hosted(entityId, node, message.ToString() ?? "")));
    }

    public static Props Props(string entityId) => Akka.Actor.Props.Create(() => new WhereAmIEntity(entityId));

    /// <summary>Where entity <paramref name="EntityId"/> lives; strings only, so the default serializer carries it.</summary>
    public sealed record Hosted(string EntityId, string Node, string Received);
}
