using System.Diagnostics;
using System.Globalization;
using System.Net;
using FletActors.Client;
using FletActors.Protocol.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace FletActors.LoadGenerator;

/// <summary>
/// One session of the load app on a native Connect stream straight to one node (no balancer): clicks and times each
/// click until the patch that shows it is applied, acknowledging every batch as the shipped client does. The session
/// can move its stream to another node (a resume there), which leaves it owned by the first node and forwarded.
/// </summary>
internal sealed class RoundTripProbe : IAsyncDisposable
{
    private static readonly TimeSpan ReadyDeadline = TimeSpan.FromSeconds(30);
    private readonly ClientTree tree = new();
    private GrpcChannel channel;
    private AsyncDuplexStreamingCall<ClientMessage, ServerMessage> call;
    private SessionStarted started = new();
    private ulong nextInput = 1;
    private long appliedAt;

    private RoundTripProbe(GrpcChannel channel, AsyncDuplexStreamingCall<ClientMessage, ServerMessage> call)
    {
        this.channel = channel;
        this.call = call;
    }

    /// <summary>Registers a new session of the load app on <paramref name="node"/> and waits for its page.</summary>
    public static async Task<RoundTripProbe> RegisterAsync(IPEndPoint node, string route)
    {
        var channel = Channel(node);
        var probe = new RoundTripProbe(channel, new SessionService.SessionServiceClient(channel).Connect());
        await probe.OpenAsync(new ClientMessage
        {
            Register = new Register { App = "load", Route = route, PageWidth = 1280, PageHeight = 720, Platform = "loadgen" },
        }).ConfigureAwait(false);
        return probe;
    }

    /// <summary>Moves the session's stream to <paramref name="node"/> by resuming it there; the old stream is replaced.</summary>
    public async Task MoveToAsync(IPEndPoint node)
    {
        var resume = new ClientMessage
        {
            Resume = new Resume
            {
                SessionId = started.SessionId,
                ResumeToken = started.ResumeToken,
                Epoch = tree.Epoch,
                LastAppliedSeq = tree.LastAppliedSeq,
                PageWidth = 1280,
                PageHeight = 720,
            },
        };
        var (oldChannel, oldCall) = (channel, call);
        channel = Channel(node);
        call = new SessionService.SessionServiceClient(channel).Connect();
        await OpenAsync(resume).ConfigureAwait(false);
        oldCall.Dispose();
        oldChannel.Dispose();
        if (!started.Resumed)
        {
            throw new InvalidOperationException($"Session {started.SessionId} was not resumed on {node}: {started}");
        }
    }

    /// <summary>One click, timed from sending it until the batch that shows its count is applied (before its ack).</summary>
    public async Task<TimeSpan> ClickAsync(CancellationToken cancellationToken)
    {
        var click = tree.FindByKey("click") ?? throw new InvalidOperationException("The load page has no click button.");
        var expected = (int.Parse(tree.FindByKey("clicks")?.Text ?? "0", CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        var sentAt = Stopwatch.GetTimestamp();
        await call.RequestStream.WriteAsync(new ClientMessage
        {
            Event = new ControlEvent { ControlId = click.Id, Name = "click" },
            InputSeq = nextInput++,
        }, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            await ReadBatchAsync(cancellationToken).ConfigureAwait(false);
            if (tree.FindByKey("clicks")?.Text == expected)
            {
                return Stopwatch.GetElapsedTime(sentAt, appliedAt);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await call.RequestStream.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is RpcException or InvalidOperationException or IOException)
        {
            // Already ended by the server; nothing left to close.
        }

        call.Dispose();
        channel.Dispose();
    }

    private static GrpcChannel Channel(IPEndPoint node) =>
        GrpcChannel.ForAddress($"http://127.0.0.1:{node.Port}", new GrpcChannelOptions
        {
            HttpClient = new HttpClient(new SocketsHttpHandler()) { Timeout = Timeout.InfiniteTimeSpan },
            DisposeHttpClient = true,
        });

    private async Task OpenAsync(ClientMessage first)
    {
        using var ready = new CancellationTokenSource(ReadyDeadline);
        await call.RequestStream.WriteAsync(first, ready.Token).ConfigureAwait(false);
        do
        {
            await ReadBatchAsync(ready.Token).ConfigureAwait(false);
        }
        while (tree.FindByKey("click") is null);
    }

    // Reads until one patch batch was applied and acknowledged; SessionStarted is kept, input acks are skipped.
    private async Task ReadBatchAsync(CancellationToken cancellationToken)
    {
        while (await call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false))
        {
            var message = call.ResponseStream.Current;
            switch (message.KindCase)
            {
                case ServerMessage.KindOneofCase.Started:
                    started = message.Started;
                    break;
                case ServerMessage.KindOneofCase.Patch:
                    PatchApplier.Apply(tree, message.Patch);
                    appliedAt = Stopwatch.GetTimestamp();
                    await call.RequestStream.WriteAsync(new ClientMessage
                    {
                        Ack = new Ack { Epoch = message.Patch.Epoch, Seq = message.Patch.Seq },
                    }, cancellationToken).ConfigureAwait(false);
                    return;
                case ServerMessage.KindOneofCase.Error:
                    throw new InvalidOperationException($"Session {started.SessionId} reported an error: {message.Error}");
                case ServerMessage.KindOneofCase.Closed:
                    throw new InvalidOperationException($"Session {started.SessionId} closed: {message.Closed}");
            }
        }

        throw new InvalidOperationException($"The stream of session {started.SessionId} ended.");
    }
}
