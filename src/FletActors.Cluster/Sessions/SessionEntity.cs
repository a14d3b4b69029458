using Akka.Actor;
using Akka.Cluster.Sharding;
using FletActors.Cluster.Hosting;
using FletActors.Cluster.Remoting;
using FletActors.Sessions;
using FletActors.Sessions.Mailbox;
using Grpc.Core;
using Status = Grpc.Core.Status;

namespace FletActors.Cluster.Sessions;

/// <summary>
/// The sharded entity of one session id. Sharding starts it for whatever message first arrives for the id; only
/// <see cref="CreateSessionEntity"/> makes it a session (the session actor becomes its child, resumed rather than
/// restarted on a defect, as a page's closures cannot be rebuilt). Any other first message is for an id whose
/// session is gone (closed, or lost with its node): it is answered with <see cref="SessionGone"/> and the entity
/// passivates, so no empty twin of an old session ever serves a client. A closed session passivates its entity.
/// </summary>
/// <remarks>
/// An untyped actor that switches on its <see cref="EntityState"/>: every session has one entity, and a receive
/// table per instance would cost each idle session about a kilobyte of handler objects.
/// </remarks>
public sealed class SessionEntity : UntypedActor
{
    private readonly string sessionId;
    private readonly ServingGate gate;
    // Streams of this session's clients connected through other nodes; most sessions never have one.
    private Dictionary<IActorRef, BridgedConnection>? bridges;
    private IActorRef? session;
    private ISessionInbox? inbox;
    private bool handingOff;
    private EntityState state = EntityState.Fresh;

    private enum EntityState
    {
        Fresh,
        Live,
        Stopping,
    }

    /// <summary>Creates the entity; its name is the session id. Streams bridged to other nodes obey <paramref name="gate"/>.</summary>
    public SessionEntity(ServingGate gate)
    {
        this.gate = gate;
        sessionId = Uri.UnescapeDataString(Self.Path.Name);
    }

    /// <summary>The props sharding starts an entity with, whatever its id; its bridged streams obey <paramref name="gate"/>.</summary>
    public static Props Props(ServingGate gate) =>
        Akka.Actor.Props.Create(() => new SessionEntity(gate)).WithMailbox(SessionMailbox.ConfigPath);

    /// <inheritdoc />
    protected override void OnReceive(object message)
    {
        switch (state)
        {
            case EntityState.Fresh:
                OnFresh(message);
                break;
            case EntityState.Live:
                OnLive(message);
                break;
            default:
                OnStopping(message);
                break;
        }
    }

    /// <inheritdoc />
    protected override SupervisorStrategy SupervisorStrategy() =>
        new OneForOneStrategy(Decider.From(Directive.Resume));

    private void OnFresh(object message)
    {
        switch (message)
        {
            case CreateSessionEntity create:
                OnCreate(create);
                break;
            case SessionEntityStop or SessionEntityHandOff:
                Context.Stop(Self);
                break;
            default:
                AnswerGone();
                break;
        }
    }

    private void OnCreate(CreateSessionEntity create)
    {
        try
        {
            session = Context.ActorOf(create.SessionProps, "page");
        }
        catch (Exception e) when (e is InvalidActorNameException or InvalidOperationException)
        {
            create.Spawned.TrySetException(e);
            Passivate();
            return;
        }

        inbox = create.Inbox;
        Context.Watch(session);
        create.Spawned.TrySetResult(session);
        state = EntityState.Live;
    }

    private void OnLive(object message)
    {
        switch (message)
        {
            case RemoteResume resume:
                OnRemoteResume(resume);
                break;
            case RemoteInput input:
                OnRemoteInput(input);
                break;
            case Terminated terminated:
                OnTerminated(terminated);
                break;
            case SessionEntityHandOff:
                // The node leaves: the session tells its client where to go (NODE_LEAVING while other nodes remain),
                // then the entity stops. Nothing the session stored is deleted: a restart elsewhere reads it back.
                handingOff = true;
                session?.Tell(LeavingNotice.For(Akka.Cluster.Cluster.Get(Context.System)), ActorRefs.NoSender);
                break;
            case SessionEntityStop:
                Context.Stop(Self);
                break;
            case CreateSessionEntity create:
                create.Spawned.TrySetException(new InvalidOperationException($"Session {sessionId} already exists."));
                break;
            default:
                session?.Forward(message);
                break;
        }
    }

    private void OnTerminated(Terminated terminated)
    {
        if (bridges is not null && bridges.Remove(terminated.ActorRef, out var ended))
        {
            // The edge's stream ended (or the edge node is gone): the session treats it as its connection ending.
            session?.Tell(new ConnectionEnded(ended), ActorRefs.NoSender);
        }
        else if (terminated.ActorRef.Equals(session))
        {
            session = null;
            if (handingOff)
            {
                Context.Stop(Self);
            }
            else
            {
                Passivate();
            }
        }
        else
        {
            session?.Forward(terminated);
        }
    }

    private void OnRemoteResume(RemoteResume resume)
    {
        // The edge checked the token; whose session this is only the owner knows, so the user is checked here, before
        // the session hears of the new connection.
        try
        {
            inbox!.RequireSameUser(sessionId, resume.IdentityKey);
        }
        catch (RpcException e)
        {
            Sender.Tell(Refusal(e));
            return;
        }

        var connection = new BridgedConnection(resume.Bridge, gate);
        (bridges ??= [])[resume.Bridge] = connection;
        Context.Watch(resume.Bridge);
        var started = new TaskCompletionSource<Protocol.V1.SessionStarted>(TaskCreationOptions.RunContinuationsAsynchronously);
        session!.Tell(new ResumeSession(resume.Resume, connection, started), ActorRefs.NoSender);
        started.Task.PipeTo(Sender, success: s => new RemoteStarted(s), failure: Refusal);
    }

    private void OnRemoteInput(RemoteInput input)
    {
        // Checked against the session's user, then numbered and rate-limited by the owner's manager, exactly once
        // whichever node the input came through.
        try
        {
            Sender.Tell(new RemoteDelivered(inbox!.Deliver(sessionId, input.Message, input.IdentityKey)));
        }
        catch (RpcException e)
        {
            Sender.Tell(Refusal(e));
        }
    }

    private static RemoteFailed Refusal(Exception failure) =>
        failure is RpcException rpc
            ? new RemoteFailed((int)rpc.StatusCode, rpc.Status.Detail)
            : new RemoteFailed((int)StatusCode.Unavailable, "The session could not be resumed; register again.");

    private void AnswerGone()
    {
        if (!Sender.IsNobody())
        {
            Sender.Tell(new SessionGone(sessionId));
        }

        Passivate();
    }

    private void Passivate()
    {
        state = EntityState.Stopping;
        Context.Parent.Tell(new Passivate(SessionEntityStop.Instance));
    }

    private void OnStopping(object message)
    {
        switch (message)
        {
            case SessionEntityStop or SessionEntityHandOff:
                Context.Stop(Self);
                break;
            case Terminated:
                // A watched bridge or the session ending while the entity winds down needs no answer.
                break;
            default:
                if (!Sender.IsNobody())
                {
                    Sender.Tell(new SessionGone(sessionId));
                }

                break;
        }
    }
}
