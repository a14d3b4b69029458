namespace FletActors;

/// <summary>
/// Messages between the sessions of an app (<c>page.PubSub</c>), as in Flet: a general channel and named topics.
/// A handler runs as a turn of the session that subscribed, so it may change that session's controls.
/// </summary>
public sealed class PubSub
{
    private readonly Page page;

    internal PubSub(Page page) => this.page = page;

    /// <summary>Sends <paramref name="message"/> to every session subscribed to the general channel, this one included.</summary>
    public void SendAll(object message) => Publish(null, message, includeSelf: true);

    /// <summary>Sends <paramref name="message"/> to every other session subscribed to the general channel.</summary>
    public void SendOthers(object message) => Publish(null, message, includeSelf: false);

    /// <summary>Sends <paramref name="message"/> to every session subscribed to <paramref name="topic"/>, this one included.</summary>
    public void SendAllOnTopic(string topic, object message) => Publish(RequireTopic(topic), message, includeSelf: true);

    /// <summary>Sends <paramref name="message"/> to every other session subscribed to <paramref name="topic"/>.</summary>
    public void SendOthersOnTopic(string topic, object message) => Publish(RequireTopic(topic), message, includeSelf: false);

    /// <summary>Receives the messages of the general channel.</summary>
    public void Subscribe(Action<object> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        page.CheckAccess();
        page.Host.PubSub.Subscribe(null, (_, message) => handler(message));
    }

    /// <summary>Receives the messages of <paramref name="topic"/>; the handler gets the topic and the message.</summary>
    public void SubscribeTopic(string topic, Action<string, object> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var name = RequireTopic(topic);
        page.CheckAccess();
        page.Host.PubSub.Subscribe(name, (t, message) => handler(t ?? name, message));
    }

    /// <summary>Stops receiving the general channel.</summary>
    public void Unsubscribe()
    {
        page.CheckAccess();
        page.Host.PubSub.Unsubscribe(null);
    }

    /// <summary>Stops receiving <paramref name="topic"/>.</summary>
    public void UnsubscribeTopic(string topic)
    {
        var name = RequireTopic(topic);
        page.CheckAccess();
        page.Host.PubSub.Unsubscribe(name);
    }

    /// <summary>Stops receiving anything.</summary>
    public void UnsubscribeAll()
    {
        page.CheckAccess();
        page.Host.PubSub.UnsubscribeAll();
    }

    private void Publish(string? topic, object message, bool includeSelf)
    {
        ArgumentNullException.ThrowIfNull(message);
        page.CheckAccess();
        page.Host.PubSub.Publish(topic, message, includeSelf);
    }

    private static string RequireTopic(string topic)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        return topic;
    }
}
