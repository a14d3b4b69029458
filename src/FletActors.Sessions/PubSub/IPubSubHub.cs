using FletActors.UI.Hosting;

namespace FletActors.Sessions.PubSub;

/// <summary>
/// The pub/sub of a node: every session joins it and gets its own <see cref="IPubSubBroker"/> view.
/// <see cref="PubSubHub"/> is the one implementation; its <see cref="IPubSubBackplane"/> decides whether messages stay
/// in this process or cross the cluster.
/// </summary>
internal interface IPubSubHub
{
    /// <summary>
    /// Joins session <paramref name="sessionId"/>. Every message for one of its subscriptions is handed to
    /// <paramref name="deliver"/>, which must run it as a turn of that session (a message in its mailbox); the
    /// session calls <see cref="IPubSubBroker.UnsubscribeAll"/> when it closes.
    /// </summary>
    IPubSubBroker Join(string sessionId, Action<PubSubDelivery> deliver);
}
