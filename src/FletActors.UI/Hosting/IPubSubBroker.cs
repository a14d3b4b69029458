namespace FletActors.UI.Hosting;

/// <summary>
/// One session's view of the pub/sub broker, within one process or across the cluster. The broker knows the session
/// it serves, so "others" means every session but this one.
/// </summary>
/// <remarks>
/// A handler handed to <see cref="Subscribe"/> belongs to this session: the broker must deliver by running it as a
/// turn of this session (a message in its mailbox), never on the sender's thread, and must drop the session's
/// subscriptions when it closes.
/// </remarks>
internal interface IPubSubBroker
{
    /// <summary>Publishes to the general channel (<paramref name="topic"/> null) or to a topic.</summary>
    void Publish(string? topic, object message, bool includeSelf);

    /// <summary>Adds a handler for the general channel (<paramref name="topic"/> null) or for a topic.</summary>
    void Subscribe(string? topic, Action<string?, object> handler);

    /// <summary>Removes this session's handlers of the general channel (null) or of a topic.</summary>
    void Unsubscribe(string? topic);

    /// <summary>Removes every handler of this session.</summary>
    void UnsubscribeAll();
}
