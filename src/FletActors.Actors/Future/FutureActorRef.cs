namespace FletActors.Actors;

/// <summary>The temporary ref an Ask replies to; lives under <c>/temp</c> until the first reply, the timeout or a dead target.</summary>
internal abstract class FutureActorRef(ActorSystem system, IActorRef target, Type messageType) : ActorRefBase
{
    private ActorPath? _path;

    public override ActorPath Path => _path ??= System.NewTempPath("$ask");

    internal override ActorSystem System { get; } = system;

    internal IActorRef Target { get; } = target;

    internal Type MessageType { get; } = messageType;

    internal override void SendSystemMessage(SystemMessage message)
    {
    }

    /// <summary>The question went to dead letters: fail now rather than at the timeout.</summary>
    internal abstract void OnTargetTerminated();
}
