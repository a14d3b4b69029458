namespace FletActors.Sessions.PubSub;

/// <summary>
/// What carries publications between the nodes' <see cref="PubSubHub"/>s: within this process
/// (<see cref="InProcessPubSubBackplane"/>) or across a cluster. A hub asks for a topic once, when its first local
/// session subscribes, and gives it up when its last one leaves, so the backplane's work grows with topics per node,
/// not with sessions.
/// </summary>
internal interface IPubSubBackplane
{
    /// <summary>
    /// Starts handing every publication on <paramref name="topic"/>, from any node, to <paramref name="receiver"/>;
    /// disposing the result stops it. A publication made after this returns must reach the receiver.
    /// </summary>
    IDisposable Receive(PubSubTopic topic, Action<PubSubPublication> receiver);

    /// <summary>
    /// Sends <paramref name="publication"/> to every receiver of its topic. Throws, naming the message's type, when
    /// the message cannot travel on this backplane; nothing is sent then.
    /// </summary>
    void Publish(PubSubPublication publication);
}
