using FletActors.Protocol.V1;
using Grpc.Core;

namespace FletActors.Client;

public sealed partial class SessionClient
{
    // The outbox carries acks, each bound to the connection it was produced on (after a resume the server numbers
    // from the resume itself), and wake-ups for the writer when inputs were kept (SessionClient.Inputs.cs).
    private static readonly Outgoing InputsPending = new(null, 0);

    private long connectionGeneration;
    private bool startedOnConnection;

    private enum ConnectionEnd
    {
        Dropped,
        Resync,
        Restart,
        NodeLeaving,
        SessionGone,
        Refused,
        Closed,
    }

    private async Task RunAsync()
    {
        var token = stopping.Token;
        var failures = 0;
        try
        {
            while (true)
            {
                SetState(SessionClientState.Connecting);
                var (end, started, refusal) = await RunConnectionAsync(token).ConfigureAwait(false);
                if (end == ConnectionEnd.Closed)
                {
                    Finish(SessionClientState.Closed, failure: null);
                    return;
                }

                if (refusal is not null)
                {
                    var failure = new SessionClientException(
                        $"The server refused the session with {refusal.StatusCode}: {refusal.Status.Detail}", refusal);
                    Finish(SessionClientState.Failed, failure);
                    throw failure;
                }

                failures = started ? 0 : failures + 1;
                if (options.Reconnect.MaxConsecutiveFailures is { } max && failures >= max)
                {
                    var failure = new SessionClientException(
                        $"Gave up after {failures} connection attempts in a row that did not start or resume the session.");
                    SessionClientLog.GaveUp(logger, failures);
                    Finish(SessionClientState.Failed, failure);
                    throw failure;
                }

                if (end == ConnectionEnd.NodeLeaving && started)
                {
                    // A node leaving on purpose: another node can take the session now, so waiting would only
                    // prolong the outage. A leaving node that refuses a resume outright gets the backoff.
                    SetState(SessionClientState.Reconnecting);
                    SessionClientLog.Reconnecting(logger, end.ToString(), failures + 1, TimeSpan.Zero);
                    continue;
                }

                var delay = ReconnectBackoff.Delay(options.Reconnect, failures, random.NextDouble());
                SetState(SessionClientState.Reconnecting);
                SessionClientLog.Reconnecting(logger, end.ToString(), failures + 1, delay);
                await Task.Delay(delay, timeProvider, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            Finish(SessionClientState.Closed, failure: null);
        }
    }

    private async Task<(ConnectionEnd End, bool Started, RpcException? Refusal)> RunConnectionAsync(CancellationToken stoppingToken)
    {
        long generation;
        var start = new TaskCompletionSource<InputStart>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            generation = ++connectionGeneration;
            startedOnConnection = false;
            connectionStart = start;
        }

        using var connectionCancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var token = connectionCancel.Token;
        ISessionConnection? connection = null;
        var writer = Task.CompletedTask;
        try
        {
            connection = await connector.ConnectAsync(token).ConfigureAwait(false);
            await connection.SendAsync(BuildHello(), token).ConfigureAwait(false);
            writer = RunWriterAsync(connection, generation, start.Task, connectionCancel);
            while (true)
            {
                var message = await connection.ReceiveAsync(token).ConfigureAwait(false);
                if (message is null)
                {
                    SessionClientLog.StreamEnded(logger);
                    return (ConnectionEnd.Dropped, StartedOnConnection(), null);
                }

                if (await HandleAsync(message, generation, token).ConfigureAwait(false) is { } end)
                {
                    return (end, StartedOnConnection(), null);
                }
            }
        }
        catch (RpcException failure) when (!stoppingToken.IsCancellationRequested)
        {
            return OnCallFailed(failure);
        }
#pragma warning disable CA1031 // Whatever else broke the connection, the answer is the same: back off and resume.
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            SessionClientLog.ConnectionDropped(logger, exception);
            return (ConnectionEnd.Dropped, StartedOnConnection(), null);
        }
        finally
        {
            await connectionCancel.CancelAsync().ConfigureAwait(false);
            await writer.ConfigureAwait(false);
            if (connection is not null)
            {
                await DisposeQuietlyAsync(connection).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Turns the status a Connect call failed with into what happens next (<see cref="CallFailurePolicy"/>).</summary>
    private (ConnectionEnd End, bool Started, RpcException? Refusal) OnCallFailed(RpcException failure)
    {
        bool holdsSession;
        lock (gate)
        {
            holdsSession = sessionId is not null;
        }

        switch (CallFailurePolicy.Decide(failure.StatusCode, holdsSession))
        {
            case CallFailureAction.RegisterAgain:
                SessionClientLog.SessionGone(logger, failure.StatusCode, failure.Status.Detail);
                lock (gate)
                {
                    ForgetSession();
                }

                return (ConnectionEnd.SessionGone, StartedOnConnection(), null);
            case CallFailureAction.GiveUp:
                SessionClientLog.Refused(logger, failure.StatusCode, failure.Status.Detail);
                return (ConnectionEnd.Refused, StartedOnConnection(), failure);
            default:
                SessionClientLog.ConnectionDropped(logger, failure);
                return (ConnectionEnd.Dropped, StartedOnConnection(), null);
        }
    }

    /// <summary>Drops the session the client held, so the next connection registers a new one. Under the gate.</summary>
    private void ForgetSession()
    {
        sessionId = null;
        resumeToken = null;
        mirrorDropped = false;
        tree.ClearToFreshPage();
    }

    private bool StartedOnConnection()
    {
        lock (gate)
        {
            return startedOnConnection;
        }
    }

    private ClientMessage BuildHello()
    {
        lock (gate)
        {
            if (sessionId is null || resumeToken is null)
            {
                return new ClientMessage
                {
                    Register = new Register
                    {
                        App = options.App,
                        Route = route,
                        PageWidth = pageWidth,
                        PageHeight = pageHeight,
                        Platform = options.Platform,
                        UserAgent = options.UserAgent,
                    },
                };
            }

            // After the mirror was dropped the client asks for everything again with seq 0, still naming the epoch
            // it last stood at.
            return new ClientMessage
            {
                Resume = new Resume
                {
                    SessionId = sessionId,
                    ResumeToken = resumeToken,
                    Epoch = mirrorDropped ? epochBeforeDroppedMirror : tree.Epoch,
                    LastAppliedSeq = mirrorDropped ? 0 : tree.LastAppliedSeq,
                    PageWidth = pageWidth,
                    PageHeight = pageHeight,
                },
            };
        }
    }

    /// <summary>
    /// The one writer of a connection. It writes nothing before SessionStarted, which says from which input on to
    /// send; then it sends every kept input and the acks of this connection. On failure it cancels the connection so
    /// the reader ends too.
    /// </summary>
    private async Task RunWriterAsync(ISessionConnection connection, long generation, Task<InputStart> started,
        CancellationTokenSource connectionCancel)
    {
        var token = connectionCancel.Token;
        try
        {
            var start = await started.WaitAsync(token).ConfigureAwait(false);
            var writtenThrough = await WriteInputsAsync(connection, start.SendAfter, start.ResendThrough, token).ConfigureAwait(false);
            while (true)
            {
                var next = await outbox.Reader.ReadAsync(token).ConfigureAwait(false);
                if (next.Message is { } ack && next.ConnectionGeneration == generation)
                {
                    await connection.SendAsync(ack, token).ConfigureAwait(false);
                }

                // Any item read may stand for a wake-up that a full outbox could not take.
                writtenThrough = await WriteInputsAsync(connection, writtenThrough, ulong.MaxValue, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The connection is being torn down; the reader decides what happens next.
        }
#pragma warning disable CA1031 // A failed write ends this connection; the run loop reconnects.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SessionClientLog.WriteFailed(logger, exception);
            await connectionCancel.CancelAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask EnqueueAckAsync(Ack ack, long generation, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            ThrowIfEnded();
        }

        await outbox.Writer.WriteAsync(new Outgoing(new ClientMessage { Ack = ack }, generation), cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask DisposeQuietlyAsync(ISessionConnection connection)
    {
        try
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Closing a broken stream may fail too; there is nothing left to do with it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SessionClientLog.DisposeFailed(logger, exception);
        }
    }
}
