using System.Threading.Channels;
using FletActors.Client;
using FletActors.Protocol.V1;
using FletActors.Sessions;
using Grpc.Core;

namespace FletActors.Server.Tests.Support;

/// <summary>
/// Both halves of one client stream in memory: the <see cref="ISessionConnection"/> the real
/// <see cref="SessionClient"/> writes to and reads from, and the <see cref="IClientConnection"/> the session writes
/// to. Client messages go through <see cref="SessionManager"/> exactly as the transport sends them (first message
/// to StartAsync/ResumeAsync, the rest to Deliver); every server message is recorded.
/// </summary>
internal sealed class InMemorySessionConnection : ISessionConnection, IClientConnection
{
    private static long nextId;

    private readonly SessionManager manager;
    private readonly InMemorySessionConnector connector;
    private readonly Channel<ServerMessage> down = Channel.CreateUnbounded<ServerMessage>();
    private readonly Lock gate = new();
    private readonly List<ServerMessage> sent = [];
    private Task<SessionStarted>? start;
    private long receiveCalls;

    public InMemorySessionConnection(SessionManager manager, InMemorySessionConnector connector)
    {
        this.manager = manager;
        this.connector = connector;
        Id = "mem" + Interlocked.Increment(ref nextId);
    }

    public string Id { get; }

    /// <summary>Server messages queued on this connection.</summary>
    public CountSignal Sent { get; } = new();

    /// <summary>Server messages the client has finished handling (it asked for the next one).</summary>
    public CountSignal Handled { get; } = new();

    /// <summary>Whether the session completed or failed this connection.</summary>
    public bool Ended { get; private set; }

    /// <summary>Every server message queued on this connection, in order (a snapshot).</summary>
    public IReadOnlyList<ServerMessage> SentMessages
    {
        get
        {
            lock (gate)
            {
                return [.. sent];
            }
        }
    }

    public Task<SessionStarted> Started => start ?? throw new InvalidOperationException("The client has not said hello yet.");

    /// <summary>Whether the client has said hello on this connection and the session answered it.</summary>
    public bool HasStarted => start is { IsCompletedSuccessfully: true };

    public bool TrySend(ServerMessage message)
    {
        lock (gate)
        {
            if (!down.Writer.TryWrite(message))
            {
                return false;
            }

            sent.Add(message);
        }

        Sent.Increment();
        return true;
    }

    public void Complete()
    {
        Ended = true;
        down.Writer.TryComplete();
    }

    public void Fail(RpcException error)
    {
        Ended = true;
        down.Writer.TryComplete(error);
    }

    /// <summary>Breaks the stream as a network failure would: the client sees an error, the session a detach.</summary>
    public void Break()
    {
        down.Writer.TryComplete(new IOException("The in-memory stream was broken by the test."));
        if (start is { IsCompletedSuccessfully: true } started)
        {
            manager.Detach(started.Result.SessionId, this);
        }
    }

    public async ValueTask SendAsync(ClientMessage message, CancellationToken cancellationToken)
    {
        if (start is null)
        {
            start = message.KindCase switch
            {
                ClientMessage.KindOneofCase.Register => manager.StartAsync(message.Register, this, CancellationToken.None),
                ClientMessage.KindOneofCase.Resume => manager.ResumeAsync(message.Resume, this, CancellationToken.None),
                _ => Task.FromException<SessionStarted>(new RpcException(new Status(StatusCode.InvalidArgument, "Register or Resume first."))),
            };
            _ = start.ContinueWith(
                t => down.Writer.TryComplete(t.Exception!.InnerException),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default);
            return;
        }

        var started = await start.ConfigureAwait(false);
        if (message.KindCase == ClientMessage.KindOneofCase.Ack && connector.HoldAck(message.Ack))
        {
            return;
        }

        if (connector.Strand(started.SessionId, message))
        {
            throw new IOException("The write failed; the message may or may not reach the server (stranded by the test).");
        }

        connector.Record(manager.Deliver(started.SessionId, message), message);
    }

    public async ValueTask<ServerMessage?> ReceiveAsync(CancellationToken cancellationToken)
    {
        Handled.Set(receiveCalls++);
        return await down.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false) && down.Reader.TryRead(out var message)
            ? message
            : null;
    }

    public ValueTask DisposeAsync()
    {
        down.Writer.TryComplete();
        if (start is { IsCompletedSuccessfully: true } started)
        {
            manager.Detach(started.Result.SessionId, this);
        }

        return ValueTask.CompletedTask;
    }
}
