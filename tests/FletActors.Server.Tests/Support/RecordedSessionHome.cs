using Akka.Actor;
using FletActors.Sessions;

namespace FletActors.Server.Tests.Support;

/// <summary>Sessions as local actors, as <see cref="LocalSessionHome"/> has them, that record themselves in <see cref="Records"/>.</summary>
internal sealed class RecordedSessionHome(ActorSystem system) : ISessionHome
{
    private readonly LocalSessionHome local = new(system);

    public InMemorySessionRecords InMemory { get; } = new();

    public ISessionsElsewhere? Elsewhere => null;

    public ISessionRecords? Records => InMemory;

    public ValueTask<SessionCredentials> NewCredentialsAsync(CancellationToken cancellationToken) => local.NewCredentialsAsync(cancellationToken);

    public Task<IActorRef> SpawnAsync(string sessionId, Props sessionProps, ISessionInbox inbox, CancellationToken cancellationToken) =>
        local.SpawnAsync(sessionId, sessionProps, inbox, cancellationToken);

    public ValueTask DisposeAsync() => local.DisposeAsync();
}
