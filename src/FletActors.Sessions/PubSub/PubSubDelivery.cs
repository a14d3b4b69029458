namespace FletActors.Sessions.PubSub;

/// <summary>One pub/sub message for one subscription of a session, to be run as a turn of that session.</summary>
internal sealed record PubSubDelivery(string? Topic, object Message, Action<string?, object> Handler)
{
    public void Run() => Handler(Topic, Message);
}
