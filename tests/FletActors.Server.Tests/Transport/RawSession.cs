using FletActors.Client;
using FletActors.Protocol.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// One Connect stream driven by hand: the test decides what goes up, every server message is kept, and patch
/// batches are applied to a <see cref="ClientTree"/> with the real client's applier (and acknowledged unless the
/// test says otherwise). For cases the <see cref="SessionClient"/> would hide (wrong tokens, seq numbers, floods).
/// </summary>
public sealed class RawSession : IDisposable
{
    public const string ConnectMethod = "/fletactors.v1.SessionService/Connect";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly AsyncDuplexStreamingCall<ClientMessage, ServerMessage> call;
    private readonly List<ServerMessage> received = [];

    private RawSession(GrpcChannel channel, ClientTree? mirror = null)
    {
        call = new SessionService.SessionServiceClient(channel).Connect();
        Tree = mirror ?? new ClientTree();
    }

    /// <summary>The mirror the batches were applied to.</summary>
    public ClientTree Tree { get; }

    /// <summary>Every server message so far, in order.</summary>
    public IReadOnlyList<ServerMessage> Received => received;

    /// <summary>The patch batches received so far, in order.</summary>
    public IEnumerable<PatchBatch> Batches => received.Where(m => m.Patch is not null).Select(m => m.Patch);

    public SessionStarted? Started { get; private set; }

    public bool AutoAck { get; set; } = true;

    /// <summary>The call's final status once it ended.</summary>
    public Status? Status { get; private set; }

    /// <summary>Opens a stream and sends nothing yet.</summary>
    public static RawSession Open(GrpcChannel channel) => new(channel);

    /// <summary>Registers and waits for SessionStarted and the first (reset) batch.</summary>
    public static async Task<RawSession> RegisterAsync(GrpcChannel channel, string app = "")
    {
        var session = new RawSession(channel);
        await session.SendAsync(new ClientMessage { Register = new Register { App = app, Route = "/", PageWidth = 800, PageHeight = 600, Platform = "test" } });
        await session.ReadUntilAsync(m => m.Patch is not null);
        return session;
    }

    /// <summary>
    /// Resumes from <paramref name="mirror"/> (the tree of an earlier stream, naming its epoch and last applied seq;
    /// none asks for the whole tree) and waits for SessionStarted; throws the refusal as <see cref="RpcException"/>.
    /// </summary>
    public static async Task<RawSession> ResumeAsync(GrpcChannel channel, string sessionId, string token,
        ClientTree? mirror = null)
    {
        var session = new RawSession(channel, mirror);
        await session.SendAsync(new ClientMessage
        {
            Resume = new Resume
            {
                SessionId = sessionId,
                ResumeToken = token,
                Epoch = mirror?.Epoch ?? 0,
                LastAppliedSeq = mirror?.LastAppliedSeq ?? 0,
                PageWidth = 800,
                PageHeight = 600,
            },
        });
        await session.ReadUntilAsync(m => m.Started is not null);
        return session;
    }

    public async Task SendAsync(ClientMessage message) => await call.RequestStream.WriteAsync(message);

    public Task ClickAsync(ulong controlId) =>
        SendAsync(new ClientMessage { Event = new Protocol.V1.ControlEvent { ControlId = controlId, Name = "click" } });

    public Task CompleteRequestsAsync() => call.RequestStream.CompleteAsync();

    /// <summary>Reads the next server message (applying and acknowledging a batch); null when the call ended with OK.</summary>
    /// <exception cref="RpcException">The call ended with another status.</exception>
    public async Task<ServerMessage?> ReadAsync(TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        ServerMessage message;
        try
        {
            if (!await call.ResponseStream.MoveNext(deadline.Token))
            {
                Status = call.GetStatus();
                return null;
            }

            message = call.ResponseStream.Current;
        }
        catch (RpcException e) when (deadline.IsCancellationRequested && e.StatusCode == StatusCode.Cancelled)
        {
            throw new TimeoutException($"No server message within {timeout ?? DefaultTimeout}; received so far:\n{Describe()}");
        }
        catch (RpcException e)
        {
            Status = e.Status;
            throw;
        }

        received.Add(message);
        switch (message.KindCase)
        {
            case ServerMessage.KindOneofCase.Started:
                Started = message.Started;
                break;
            case ServerMessage.KindOneofCase.Patch:
                if (PatchApplier.Apply(Tree, message.Patch) == BatchOutcome.Applied && AutoAck)
                {
                    await TryAckAsync();
                }

                break;
        }

        return message;
    }

    /// <summary>Reads until a message matches; fails if the stream ends first.</summary>
    public async Task<ServerMessage> ReadUntilAsync(Func<ServerMessage, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var remaining = deadline - DateTime.UtcNow;
            var message = await ReadAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1))
                ?? throw new InvalidOperationException($"The stream ended (OK) before the awaited message; received:\n{Describe()}");
            if (match(message))
            {
                return message;
            }
        }
    }

    /// <summary>Reads until the mirror satisfies the probe.</summary>
    public async Task<T> WaitForAsync<T>(Func<ClientTree, T?> probe, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            if (probe(Tree) is { } found)
            {
                return found;
            }

            var remaining = deadline - DateTime.UtcNow;
            _ = await ReadAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1))
                ?? throw new InvalidOperationException($"The stream ended (OK); the mirror holds:\n{Tree.Dump()}");
        }
    }

    /// <summary>Reads to the end of the call and returns its status (OK when it ended cleanly).</summary>
    public async Task<Status> ReadToEndAsync(TimeSpan? timeout = null)
    {
        try
        {
            while (await ReadAsync(timeout) is not null)
            {
            }

            return Status ?? Grpc.Core.Status.DefaultSuccess;
        }
        catch (RpcException e)
        {
            return e.Status;
        }
    }

    /// <summary>
    /// Acknowledges the mirror's last batch. A call the server has just ended refuses the write; the next read then
    /// reports the status it ended with, so the refusal itself says nothing.
    /// </summary>
    private async Task TryAckAsync()
    {
        try
        {
            await SendAsync(new ClientMessage { Ack = new Ack { Epoch = Tree.Epoch, Seq = Tree.LastAppliedSeq } });
        }
        catch (RpcException)
        {
        }
        catch (InvalidOperationException)
        {
        }
    }

    public string Describe() => string.Join("\n", received.Select(m => m.ToString()));

    public void Dispose() => call.Dispose();
}
