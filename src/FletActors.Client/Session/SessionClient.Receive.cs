using FletActors.Protocol.V1;

namespace FletActors.Client;

public sealed partial class SessionClient
{
    private async ValueTask<ConnectionEnd?> HandleAsync(ServerMessage message, long generation, CancellationToken token)
    {
        ConnectionEnd? end = null;
        switch (message.KindCase)
        {
            case ServerMessage.KindOneofCase.Started:
                OnStarted(message.Started);
                break;
            case ServerMessage.KindOneofCase.Patch:
                var (ack, patchEnd) = OnPatch(message.Patch);
                if (ack is not null)
                {
                    await EnqueueAckAsync(ack, generation, token).ConfigureAwait(false);
                }

                end = patchEnd;
                break;
            case ServerMessage.KindOneofCase.MethodCall:
                OnMethodCall(message.MethodCall);
                break;
            case ServerMessage.KindOneofCase.Error:
                lock (gate)
                {
                    errors.Add(message.Error);
                }

                SessionClientLog.ErrorReported(logger, message.Error.Code.ToString(), message.Error.ControlId, message.Error.Message);
                Raise(ErrorReported, message.Error);
                break;
            case ServerMessage.KindOneofCase.InputAck:
                lock (gate)
                {
                    ConfirmInputs(message.InputAck.LastInputSeq);
                }

                break;
            case ServerMessage.KindOneofCase.Closed:
                end = OnClosed(message.Closed);
                break;
            default:
                SessionClientLog.UnknownMessage(logger, message.KindCase.ToString());
                break;
        }

        lock (gate)
        {
            CheckWaiters();
        }

        return end;
    }

    private void OnStarted(SessionStarted started)
    {
        string? previousSessionId;
        lock (gate)
        {
            previousSessionId = sessionId;
            if (!started.Resumed)
            {
                // A new session numbers its epochs afresh; the old mirror must not make its first reset look stale.
                tree.ClearToFreshPage();
                mirrorDropped = false;
            }

            sessionId = started.SessionId;
            resumeToken = started.ResumeToken;
            startedOnConnection = true;
        }

        StartInputs(started);

        SessionClientLog.Started(logger, started.Resumed, started.Epoch);
        SetState(SessionClientState.Connected);
        firstStart.TrySetResult();
        Raise(Started, started);
        if (started.Restarted)
        {
            SessionClientLog.SessionRestarted(logger, previousSessionId, started.SessionId);
            Raise(Restarted, new SessionRestart(previousSessionId, started));
        }
    }

    private (Ack? Ack, ConnectionEnd? End) OnPatch(PatchBatch batch)
    {
        lock (gate)
        {
            try
            {
                var outcome = PatchApplier.Apply(tree, batch);
                if (outcome == BatchOutcome.StaleEpochIgnored)
                {
                    return (null, null);
                }

                mirrorDropped &= outcome != BatchOutcome.Applied;

                // A resent duplicate means our acknowledgement was lost; repeating it lets the server free its window.
                return (new Ack { Epoch = tree.Epoch, Seq = tree.LastAppliedSeq }, null);
            }
            catch (PatchRejectedException rejected)
            {
                rejectedBatches.Add(rejected);
                SessionClientLog.BatchRejected(logger, rejected);
                if (!rejected.IsSequenceError && !mirrorDropped)
                {
                    // The batch does not fit the mirror, so resending it would not fit either: drop the mirror and
                    // ask for the whole tree.
                    epochBeforeDroppedMirror = tree.Epoch;
                    mirrorDropped = true;
                    tree.ClearToFreshPage();
                }

                return (null, ConnectionEnd.Resync);
            }
        }
    }

    private void OnMethodCall(MethodCall call)
    {
        lock (gate)
        {
            methodCalls.Add(call);
        }

        // Answered off the receive loop: a handler may wait for later batches.
        _ = AnswerMethodCallAsync(call, MethodHandler);
    }

    private async Task AnswerMethodCallAsync(MethodCall call, Func<MethodCall, CancellationToken, ValueTask<PropValue?>>? handler)
    {
        var result = new MethodResult { CallId = call.CallId };
        if (handler is null)
        {
            result.Error = $"This client does not support the method \"{call.Method}\".";
        }
        else
        {
            try
            {
                if (await handler(call, stopping.Token).ConfigureAwait(false) is { } value)
                {
                    result.Result = value;
                }
            }
#pragma warning disable CA1031 // The handler's failure is the answer the server gets.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                result.Error = exception.Message.Length > 0 ? exception.Message : exception.GetType().Name;
            }
        }

        try
        {
            await Send(new ClientMessage { MethodResult = result }, stopping.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is SessionClientException or OperationCanceledException or ObjectDisposedException)
        {
            SessionClientLog.MethodResultDropped(logger, call.CallId, exception);
        }
    }

    private ConnectionEnd OnClosed(SessionClosed message)
    {
        if (message.Reason == SessionClosed.Types.Reason.NodeLeaving)
        {
            // The session's node is going away; the client keeps the session and resumes it through another node,
            // which starts the app again (SessionStarted.restarted).
            SessionClientLog.SessionClosed(logger, message.Reason.ToString(), message.Message);
            Raise(Closed, message);
            return ConnectionEnd.NodeLeaving;
        }

        var restart = message.Reason == SessionClosed.Types.Reason.Restarted;
        lock (gate)
        {
            closed = restart ? null : message;
            if (restart)
            {
                // The session is gone for good; the next connection registers a new one.
                ForgetSession();
            }
        }

        SessionClientLog.SessionClosed(logger, message.Reason.ToString(), message.Message);
        Raise(Closed, message);
        return restart ? ConnectionEnd.Restart : ConnectionEnd.Closed;
    }
}
