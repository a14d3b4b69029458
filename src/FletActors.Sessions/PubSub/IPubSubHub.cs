using FletActors.UI.Hosting;

namespace FletActors.Sessions.PubSub;

/// <summary>
/// The pub/sub backplane of a node: every session joins it and gets its own <see cref="IPubSubBroker"/> view. In
/// process today (<see cref="InProcessPubSubBroker"/>); the cluster implements it across nodes later.
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
