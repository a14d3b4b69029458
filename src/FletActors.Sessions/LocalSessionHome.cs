using Akka.Actor;

namespace FletActors.Sessions;

/// <summary>
/// Sessions as children of one <see cref="SessionSupervisor"/> in a plain actor system, with random credentials: the
/// home of a <see cref="SessionManager"/> that runs without a cluster (tests, benchmarks).
/// </summary>
internal sealed class LocalSessionHome(ActorSystem system) : ISessionHome
{
    private readonly IActorRef supervisor = system.ActorOf(SessionSupervisor.Props(), "sessions");

    public ValueTask<SessionCredentials> NewCredentialsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(SessionCredentials.Create());

    public ISessionsElsewhere? Elsewhere => null;

    public ISessionRecords? Records => null;

    public Task<IActorRef> SpawnAsync(string sessionId, Props sessionProps, ISessionInbox inbox, CancellationToken cancellationToken)
    {
        var spawned = new TaskCompletionSource<IActorRef>(TaskCreationOptions.RunContinuationsAsynchronously);
        supervisor.Tell(new SessionSupervisor.SpawnSession(sessionProps, sessionId, spawned), ActorRefs.NoSender);
        return spawned.Task;
    }

    public ValueTask DisposeAsync()
    {
        system.Stop(supervisor);
        return ValueTask.CompletedTask;
    }
}
