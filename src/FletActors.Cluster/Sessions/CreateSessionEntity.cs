using Akka.Actor;
using FletActors.Sessions;

namespace FletActors.Cluster.Sessions;

/// <summary>
/// Makes a <see cref="SessionEntity"/> a live session by starting <paramref name="SessionProps"/> as its child. Local
/// only: it is sent only for ids in shards this node hosts (it carries app closures and a completion source).
/// </summary>
/// <param name="SessionProps">The session actor.</param>
/// <param name="Inbox">Where client messages forwarded from other nodes are numbered and delivered.</param>
/// <param name="Spawned">Completed with the session actor, or failed when it could not start.</param>
internal sealed record CreateSessionEntity(Props SessionProps, ISessionInbox Inbox, TaskCompletionSource<IActorRef> Spawned);
