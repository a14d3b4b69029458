using FletActors.Client;
using FletActors.Protocol.V1;
using FletActors.Sessions;

namespace FletActors.Server.Tests.Support;

/// <summary>
/// Opens <see cref="InMemorySessionConnection"/>s to a <see cref="SessionManager"/> for a real
/// <see cref="SessionClient"/>. Tests can hold new connections back (to keep a client away), hold its
/// acknowledgements back (a client that never acks), and see how each delivered message fared.
/// </summary>
internal sealed class InMemorySessionConnector(SessionManager manager) : ISessionConnector
{
    private readonly Lock gate = new();
    private readonly List<InMemorySessionConnection> connections = [];
    private TaskCompletionSource? connectGate;
    private bool holdingAcks;
    private Ack? heldAck;
    private bool strandNextInput;
    private (string SessionId, ClientMessage Message)? stranded;

    /// <summary>Client messages other than acks that reached the manager, over all connections; resends the session already had do not count.</summary>
    public CountSignal Delivered { get; } = new();

    /// <summary>Numbered inputs the manager dropped because the session had already accepted them.</summary>
    public CountSignal Duplicates { get; } = new();

    /// <summary>Deliveries the manager refused for the rate limit.</summary>
    public CountSignal RateLimited { get; } = new();

    public InMemorySessionConnection Current
    {
        get
        {
            lock (gate)
            {
                return connections.Count > 0 ? connections[^1] : throw new InvalidOperationException("No connection yet.");
            }
        }
    }

    public int ConnectionCount
    {
        get
        {
            lock (gate)
            {
                return connections.Count;
            }
        }
    }

    public async ValueTask<ISessionConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        Task? wait;
        lock (gate)
        {
            wait = connectGate?.Task;
        }

        if (wait is not null)
        {
            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        var connection = new InMemorySessionConnection(manager, this);
        lock (gate)
        {
            connections.Add(connection);
        }

        return connection;
    }

    /// <summary>New connections wait until <see cref="OpenConnections"/>.</summary>
    public void HoldConnections()
    {
        lock (gate)
        {
            connectGate ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void OpenConnections()
    {
        TaskCompletionSource? open;
        lock (gate)
        {
            open = connectGate;
            connectGate = null;
        }

        open?.TrySetResult();
    }

    /// <summary>From now on the client's acks do not reach the server (the latest is kept).</summary>
    public void HoldAcks()
    {
        lock (gate)
        {
            holdingAcks = true;
        }
    }

    /// <summary>Lets acks through again and delivers the latest one held back.</summary>
    public void ReleaseAcks()
    {
        Ack? ack;
        lock (gate)
        {
            holdingAcks = false;
            ack = heldAck;
            heldAck = null;
        }

        if (ack is not null)
        {
            manager.Deliver(Current.Started.Result.SessionId, new ClientMessage { Ack = ack });
        }
    }

    /// <summary>
    /// The next numbered input is lost as far as the client can tell: its write fails (so the client reconnects),
    /// but the message is kept and reaches the session only at <see cref="DeliverStranded"/>, like a packet still
    /// travelling on a connection that broke.
    /// </summary>
    public void StrandNextInput()
    {
        lock (gate)
        {
            strandNextInput = true;
        }
    }

    /// <summary>Whether an input is stranded and not yet delivered.</summary>
    public bool HasStranded
    {
        get
        {
            lock (gate)
            {
                return stranded is not null;
            }
        }
    }

    /// <summary>Delivers the stranded input to the session as its old connection would have.</summary>
    public DeliveryOutcome DeliverStranded()
    {
        (string SessionId, ClientMessage Message) late;
        lock (gate)
        {
            late = stranded ?? throw new InvalidOperationException("No input is stranded.");
            stranded = null;
        }

        var outcome = manager.Deliver(late.SessionId, late.Message);
        Record(outcome, late.Message);
        return outcome;
    }

    internal bool Strand(string sessionId, ClientMessage message)
    {
        lock (gate)
        {
            if (!strandNextInput || message.InputSeq == 0)
            {
                return false;
            }

            strandNextInput = false;
            stranded = (sessionId, message.Clone());
            return true;
        }
    }

    internal bool HoldAck(Ack ack)
    {
        lock (gate)
        {
            if (holdingAcks)
            {
                heldAck = ack;
            }

            return holdingAcks;
        }
    }

    internal void Record(DeliveryOutcome outcome, ClientMessage message)
    {
        if (message.KindCase == ClientMessage.KindOneofCase.Ack)
        {
            return;
        }

        if (outcome == DeliveryOutcome.Duplicate)
        {
            Duplicates.Increment();
            return;
        }

        if (outcome == DeliveryOutcome.RateLimited)
        {
            RateLimited.Increment();
        }

        Delivered.Increment();
    }
}
