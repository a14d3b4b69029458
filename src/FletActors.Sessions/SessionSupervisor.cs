using Akka.Actor;

namespace FletActors.Sessions;

/// <summary>
/// The parent of every session actor of a <see cref="SessionManager"/>. A session survives its own failures: an
/// exception that escapes a session turn (the session reports app failures itself, so this is a defect) resumes it
/// with its state instead of restarting it, because a page holds live closures that a fresh instance cannot rebuild.
/// </summary>
internal sealed class SessionSupervisor : ReceiveActor
{
    public SessionSupervisor()
    {
        Receive<SpawnSession>(spawn =>
        {
            try
            {
                spawn.Spawned.TrySetResult(Context.ActorOf(spawn.Props, spawn.Name));
            }
            catch (Exception e) when (e is InvalidActorNameException or InvalidOperationException)
            {
                spawn.Spawned.TrySetException(e);
            }
        });
    }

    public static Props Props() => Akka.Actor.Props.Create<SessionSupervisor>();

    protected override SupervisorStrategy SupervisorStrategy() =>
        new OneForOneStrategy(Decider.From(Directive.Resume));

    /// <summary>Asks the supervisor to spawn a session actor.</summary>
    internal sealed record SpawnSession(Props Props, string Name, TaskCompletionSource<IActorRef> Spawned);
}
