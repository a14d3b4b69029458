namespace FletActors.Sessions.PubSub;

/// <summary>Pub/sub between the sessions of one process: a <see cref="PubSubHub"/> on the <see cref="InProcessPubSubBackplane"/>.</summary>
internal sealed class InProcessPubSubBroker() : PubSubHub(new InProcessPubSubBackplane());
