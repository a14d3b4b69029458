using System.Diagnostics;
using System.Globalization;
using FletActors.Client;
using FletActors.Protocol.V1;

namespace FletActors.LoadGenerator;

/// <summary>
/// One client of the load app: registers, mirrors the page with the real client's patch applier, acknowledges every
/// batch, and runs the script (click → patch, typing write-back → echo, chat → own message back through the room)
/// one round trip at a time. A broken connection is resumed through the balancer; a session restarted on another
/// node drops its unconfirmed inputs, as the shipped clients do.
/// </summary>
internal sealed class LoadSession
{
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FirstReconnectDelay = TimeSpan.FromMilliseconds(50);

    private readonly object gate = new();
    private readonly ISessionLinkFactory links;
    private readonly LoadMetrics metrics;
    private readonly LoadOptions options;
    private readonly string route;
    private readonly List<ClientMessage> unconfirmed = [];
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ClientTree tree = new();
    private ISessionLink? link;
    private string? sessionId;
    private string resumeToken = string.Empty;
    private ulong nextInput = 1;
    private ulong confirmedInput;
    private Expectation? pending;
    private string? lastCountdown;
    private long brokenAt;

    public LoadSession(int index, ISessionLinkFactory links, LoadMetrics metrics, LoadOptions options)
    {
        this.links = links;
        this.metrics = metrics;
        this.options = options;
        route = $"/room/{index / options.RoomSize}";
    }

    public string Transport => links.Transport;

    /// <summary>The id the session was first given (the node logs which node started it).</summary>
    public string? FirstSessionId { get; private set; }

    /// <summary>How many times the session was started again on another node after its own was lost.</summary>
    public int Restarts { get; private set; }

    /// <summary>Stopwatch timestamps at which a broken connection was served again (a SessionStarted on a new one).</summary>
    public List<long> ServedAgainAt { get; } = [];

    /// <summary>Stopwatch timestamps at which a connection broke.</summary>
    public List<long> BrokenAt { get; } = [];

    /// <summary>Every failed attempt to open a connection, and every failed Send: when, and what the client saw.</summary>
    public List<(long At, string Outcome)> Failures { get; } = [];

    /// <summary>Inputs of this session the server confirmed whose patch never came within the patch timeout.</summary>
    public long LostAcknowledged { get; private set; }

    /// <summary>Completes once the first page arrived.</summary>
    public Task Ready => ready.Task;

    /// <summary>Keeps the session connected until <paramref name="stopping"/>, reconnecting through the balancer.</summary>
    public async Task RunConnectionAsync(CancellationToken stopping)
    {
        var delay = FirstReconnectDelay;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var opened = await links.OpenAsync(FirstMessage(), stopping).ConfigureAwait(false);
                lock (gate)
                {
                    link = opened;
                }

                await using (opened.ConfigureAwait(false))
                {
                    await ReceiveAsync(opened, stopping).ConfigureAwait(false);
                }

                delay = FirstReconnectDelay;
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Grpc.Core.RpcException e) when (e.StatusCode is Grpc.Core.StatusCode.NotFound or Grpc.Core.StatusCode.PermissionDenied)
            {
                // The session is over for this client (its node died, or it expired): a new one starts, as the
                // shipped clients do.
                lock (gate)
                {
                    RecordFailure("connect", e);
                    Forget();
                }
            }
            catch (Exception e) when (e is Grpc.Core.RpcException or IOException or HttpRequestException or InvalidOperationException)
            {
                // Broken or refused: counted below and retried through the balancer.
                lock (gate)
                {
                    RecordFailure("connect", e);
                }
            }

            lock (gate)
            {
                link = null;
                if (brokenAt == 0 && FirstSessionId is not null)
                {
                    brokenAt = Stopwatch.GetTimestamp();
                    BrokenAt.Add(brokenAt);
                }
            }

            if (sessionId is null && !ready.Task.IsCompleted && delay >= MaxReconnectDelay)
            {
                ready.TrySetException(new InvalidOperationException("The session could not register through the balancer."));
                return;
            }

            metrics.RecordReconnect();
            await Task.Delay(delay, stopping).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxReconnectDelay.Ticks));
        }
    }

    /// <summary>Runs the script until <paramref name="stopping"/>: one event at a time, each awaited until its patch shows.</summary>
    public async Task RunScriptAsync(CancellationToken stopping)
    {
        for (var step = 0; !stopping.IsCancellationRequested && (options.MaxEvents == 0 || metrics.RoundTrips < options.MaxEvents); step++)
        {
            var (expectation, inputs) = NextStep(step);
            if (expectation is null)
            {
                // Between a restart and its first page there is nothing to click yet.
                await Task.Delay(FirstReconnectDelay, stopping).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
                continue;
            }

            try
            {
                await SendInputsAsync(inputs, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // The run ended while this event was on its way: it is neither measured nor lost.
                return;
            }

            var finished = await Task.WhenAny(expectation.Shown.Task, Task.Delay(options.PatchTimeout, stopping)).ConfigureAwait(false);
            lock (gate)
            {
                if (pending == expectation)
                {
                    pending = null;
                }
            }

            if (finished == expectation.Shown.Task)
            {
                switch (expectation.Shown.Task.Result)
                {
                    case Outcome.Shown:
                        metrics.RecordRoundTrip(Stopwatch.GetElapsedTime(expectation.SentAt));
                        break;
                    case Outcome.Refused:
                        metrics.RecordRefused();
                        break;
                    default:
                        metrics.RecordLostToRestart();
                        break;
                }
            }
            else if (!stopping.IsCancellationRequested)
            {
                bool acknowledged;
                lock (gate)
                {
                    acknowledged = confirmedInput >= expectation.LastInput && expectation.Epoch == tree.Epoch;
                }

                metrics.RecordTimeout(acknowledged);
                if (acknowledged)
                {
                    LostAcknowledged++;
                }
            }

            if (options.ThinkTime > TimeSpan.Zero)
            {
                await Task.Delay(options.ThinkTime, stopping).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
    }

    private ClientMessage FirstMessage()
    {
        lock (gate)
        {
            return sessionId is null
                ? new ClientMessage { Register = new Register { App = "load", Route = route, PageWidth = 1280, PageHeight = 720, Platform = "loadgen", UserAgent = "FletActors.LoadGenerator" } }
                : new ClientMessage
                {
                    Resume = new Resume
                    {
                        SessionId = sessionId,
                        ResumeToken = resumeToken,
                        Epoch = tree.Epoch,
                        LastAppliedSeq = tree.LastAppliedSeq,
                        PageWidth = 1280,
                        PageHeight = 720,
                    },
                };
        }
    }

    private (Expectation? Expectation, List<ClientMessage> Inputs) NextStep(int step)
    {
        lock (gate)
        {
            var click = tree.FindByKey("click");
            var input = tree.FindByKey("input");
            var chat = tree.FindByKey("chat");
            if (click is null || input is null || chat is null || sessionId is null)
            {
                return (null, []);
            }

            List<ClientMessage> inputs;
            string key;
            string expected;
            switch (step % 4)
            {
                case 2:
                    var text = $"typed {step}";
                    key = "echo";
                    expected = text;
                    inputs =
                    [
                        new ClientMessage { WriteBack = new ValueWriteBack { ControlId = input.Id, Prop = "value", Value = new PropValue { StringValue = text } } },
                        new ClientMessage { Event = new ControlEvent { ControlId = input.Id, Name = "change", Data = text } },
                    ];
                    break;
                case 3:
                    key = "chat-mine";
                    expected = Next(tree.FindByKey(key)?.Text);
                    inputs = [new ClientMessage { Event = new ControlEvent { ControlId = chat.Id, Name = "click" } }];
                    break;
                default:
                    key = "clicks";
                    expected = Next(tree.FindByKey(key)?.Text);
                    inputs = [new ClientMessage { Event = new ControlEvent { ControlId = click.Id, Name = "click" } }];
                    break;
            }

            foreach (var message in inputs)
            {
                message.InputSeq = nextInput++;
                unconfirmed.Add(message);
            }

            pending = new Expectation(key, expected, inputs[^1].InputSeq, tree.Epoch, Stopwatch.GetTimestamp());
            return (pending, inputs);
        }
    }

    private static string Next(string? current) =>
        ((int.TryParse(current, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0) + 1).ToString(CultureInfo.InvariantCulture);

    private async Task SendInputsAsync(List<ClientMessage> inputs, CancellationToken stopping)
    {
        ISessionLink? current;
        string id;
        string token;
        lock (gate)
        {
            current = link;
            id = sessionId ?? string.Empty;
            token = resumeToken;
        }

        if (current is null)
        {
            // Sent again after the resume that is under way.
            return;
        }

        try
        {
            await current.SendAsync(inputs, id, token, stopping).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Grpc.Core.RpcException or IOException or HttpRequestException or ObjectDisposedException or InvalidOperationException)
        {
            metrics.RecordSendFailure();
            lock (gate)
            {
                RecordFailure("send", e);
            }

            if (Transport == "grpc-web" && !stopping.IsCancellationRequested)
            {
                // A Send whose connection died may still have been applied; the numbered resend is dropped if so.
                await ResendUnconfirmedAsync(stopping).ConfigureAwait(false);
            }
        }
    }

    private async Task ResendUnconfirmedAsync(CancellationToken stopping)
    {
        for (var attempt = 0; attempt < 20 && !stopping.IsCancellationRequested; attempt++)
        {
            ISessionLink? current;
            List<ClientMessage> again;
            string id;
            string token;
            lock (gate)
            {
                current = link;
                again = [.. unconfirmed];
                id = sessionId ?? string.Empty;
                token = resumeToken;
            }

            if (current is null || again.Count == 0)
            {
                return;
            }

            try
            {
                await current.SendAsync(again, id, token, stopping).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is Grpc.Core.RpcException or IOException or HttpRequestException or ObjectDisposedException or InvalidOperationException)
            {
                metrics.RecordSendFailure();
                await Task.Delay(FirstReconnectDelay * (attempt + 1), stopping).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
    }

    private async Task ReceiveAsync(ISessionLink current, CancellationToken stopping)
    {
        while (await current.ReceiveAsync(stopping).ConfigureAwait(false) is { } message)
        {
            List<ClientMessage>? reply = null;
            string id;
            string token;
            lock (gate)
            {
                switch (message.KindCase)
                {
                    case ServerMessage.KindOneofCase.Started:
                        reply = OnStarted(message.Started);
                        break;
                    case ServerMessage.KindOneofCase.Patch:
                        reply = OnBatch(message.Patch);
                        break;
                    case ServerMessage.KindOneofCase.InputAck:
                        Confirm(message.InputAck.LastInputSeq);
                        break;
                    case ServerMessage.KindOneofCase.Error:
                        metrics.RecordErrorReport(message.Error);
                        if (message.Error.Code == ErrorCode.LimitExceeded)
                        {
                            // A dropped input is refused, not lost: its patch will never come.
                            pending?.Shown.TrySetResult(Outcome.Refused);
                            pending = null;
                        }

                        break;
                    case ServerMessage.KindOneofCase.Closed:
                        if (message.Closed.Reason is not (SessionClosed.Types.Reason.NodeLeaving or SessionClosed.Types.Reason.ServerShutdown))
                        {
                            // Restarted, expired or closed: only a Register brings the app back.
                            Forget();
                        }

                        return;
                }

                id = sessionId ?? string.Empty;
                token = resumeToken;
            }

            if (reply is { Count: > 0 })
            {
                try
                {
                    await current.SendAsync(reply, id, token, stopping).ConfigureAwait(false);
                }
                catch (Grpc.Core.RpcException e) when (e.StatusCode is Grpc.Core.StatusCode.NotFound or Grpc.Core.StatusCode.PermissionDenied)
                {
                    // A refused Send (gRPC-Web) says nothing final about the session: as the browser client does, the
                    // stream is given up and the resume decides, which starts the app again when its node was lost.
                    throw new IOException($"A Send of session {id} was refused ({e.StatusCode}); resuming.", e);
                }
            }
        }
    }

    private List<ClientMessage> OnStarted(SessionStarted started)
    {
        var previous = sessionId;
        sessionId = started.SessionId;
        resumeToken = started.ResumeToken;
        FirstSessionId ??= started.SessionId;
        if (brokenAt != 0)
        {
            ServedAgainAt.Add(Stopwatch.GetTimestamp());
            brokenAt = 0;
        }

        if (previous is not null && (started.Restarted || started.SessionId != previous))
        {
            DropSessionState();
            return [];
        }

        Confirm(started.LastInputSeq);
        return [.. unconfirmed];
    }

    private List<ClientMessage> OnBatch(PatchBatch batch)
    {
        if (batch.Reset && batch.Epoch != tree.Epoch)
        {
            tree = new ClientTree();
        }

        PatchApplier.Apply(tree, batch);
        if (tree.FindByKey("click") is not null)
        {
            ready.TrySetResult();
        }

        var countdown = tree.FindByKey("countdown")?.Text;
        if (countdown != lastCountdown)
        {
            if (lastCountdown is not null)
            {
                metrics.RecordTick();
            }

            lastCountdown = countdown;
        }

        if (pending is { } expectation && tree.FindByKey(expectation.Key)?.Text == expectation.Expected)
        {
            pending = null;
            expectation.Shown.TrySetResult(Outcome.Shown);
        }

        return [new ClientMessage { Ack = new Ack { Epoch = batch.Epoch, Seq = batch.Seq } }];
    }

    // Under the gate.
    private void RecordFailure(string what, Exception e) =>
        Failures.Add((Stopwatch.GetTimestamp(), $"{what} {(e is Grpc.Core.RpcException r ? r.StatusCode.ToString() : e.GetType().Name)}"));

    // The session is gone for good: the next connection registers anew. Under the gate.
    private void Forget()
    {
        if (sessionId is null)
        {
            return;
        }

        sessionId = null;
        resumeToken = string.Empty;
        if (brokenAt == 0)
        {
            brokenAt = Stopwatch.GetTimestamp();
            BrokenAt.Add(brokenAt);
        }

        DropSessionState();
    }

    // A fresh session replaces the old one: the old inputs and the page died with it. Under the gate.
    private void DropSessionState()
    {
        Restarts++;
        tree = new ClientTree();
        lastCountdown = null;
        unconfirmed.Clear();
        nextInput = 1;
        confirmedInput = 0;
        pending?.Shown.TrySetResult(Outcome.Restarted);
        pending = null;
    }

    private void Confirm(ulong lastInputSeq)
    {
        if (lastInputSeq > confirmedInput)
        {
            confirmedInput = lastInputSeq;
            unconfirmed.RemoveAll(m => m.InputSeq <= lastInputSeq);
        }
    }

    private sealed record Expectation(string Key, string Expected, ulong LastInput, ulong Epoch, long SentAt)
    {
        public TaskCompletionSource<Outcome> Shown { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private enum Outcome
    {
        /// <summary>The patch showed the expected value.</summary>
        Shown,

        /// <summary>The session was restarted before it did.</summary>
        Restarted,

        /// <summary>The server dropped the input for a limit.</summary>
        Refused,
    }
}
