using FletActors.Actors;

namespace FletActors.Server.Sessions;

/// <summary>
/// The parent of every session actor of a <see cref="SessionManager"/>. A session survives its own failures: an
/// exception that escapes a session turn (the session reports app failures itself, so this is a defect) resumes it
/// with its state instead of restarting it, because a page holds live closures that a fresh instance cannot rebuild.
/// </summary>
internal sealed class SessionSupervisor : Actor
{
    protected override SupervisorStrategy SupervisorStrategy { get; } = new OneForOneStrategy(_ => Directive.Resume);

    protected override Task ReceiveAsync(object message)
    {
        if (message is SpawnSession spawn)
        {
            try
            {
                spawn.Spawned.TrySetResult(Context.Spawn(spawn.Props, spawn.Name));
            }
            catch (Exception e) when (e is InvalidActorNameException or InvalidOperationException)
            {
                spawn.Spawned.TrySetException(e);
            }
        }
        else
        {
            Unhandled(message);
        }

        return Task.CompletedTask;
    }

    /// <summary>Asks the supervisor to spawn a session actor.</summary>
    internal sealed record SpawnSession(Props Props, string Name, TaskCompletionSource<IActorRef> Spawned);
}
