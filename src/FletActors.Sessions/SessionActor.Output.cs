using Akka.Actor;
using FletActors.Protocol.V1;
using FletActors.Sessions.Wire;
using FletActors.UI.Diffing;
using UiPatchBatch = FletActors.UI.Patching.PatchBatch;

namespace FletActors.Sessions;

// Output: numbering batches into the window and writing to the current connection.
internal sealed partial class SessionActor
{
    private IClientConnection? connection;
    private IClientConnection? failedConnection;

    // The client needs the whole page: at the start, after a resume that cannot be served from the window, and after
    // a flush found the window full (that batch was dropped; the tree already holds its changes).
    private bool resetOwed = true;
    private bool hasStarted;

    // What this session last added to the node's unacknowledged-batches gauge.
    private int reportedUnacknowledged;

    /// <summary>Called by the page with each flushed batch, inside a turn, in order.</summary>
    public void Send(UiPatchBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (resetOwed && !batch.Reset)
        {
            // The diff has run, so every control has its id and the snapshot is the page as it now stands.
            batch = new UiPatchBatch(Reset: true, FullSnapshot.Ops(page));
        }

        if (window.IsFull)
        {
            // Update() and turn ends wait while the window is full (CanSend); only a flush that sends several batches
            // at once (a mount callback calling Update()) can get here. Holding the batch would let memory grow with
            // time, so it is dropped and the client gets the whole page once the window opens.
            resetOwed = true;
            SessionLog.OutputDeferred(logger, SessionId, window.Count);
            return;
        }

        var numbered = window.Push(PatchEncoder.Encode(batch, 0, 0));
        if (batch.Reset)
        {
            resetOwed = false;
        }

        SendToClient(new ServerMessage { Patch = numbered });
        setup.Metrics.BatchSent();
    }

    /// <summary>
    /// Queues a message on the current connection. A connection that refuses it has ended or stalled: the session
    /// stops writing to it and handles the loss as a turn of its own.
    /// </summary>
    private void SendToClient(ServerMessage message)
    {
        var current = connection;
        if (current is null || current.TrySend(message))
        {
            return;
        }

        SessionLog.ConnectionFailed(logger, SessionId, current.Id);
        connection = null;
        failedConnection = current;
        self.Tell(new ConnectionEnded(current), ActorRefs.NoSender);
    }

    private SessionStarted StartedMessage(bool resumed) => new()
    {
        SessionId = SessionId,
        ResumeToken = setup.ResumeToken,
        Epoch = window.Epoch,
        Resumed = resumed,
        SessionTimeoutSeconds = (uint)Math.Ceiling(setup.Options.SessionTimeout.TotalSeconds),
        MaxUnackedBatches = (uint)setup.Options.MaxUnackedBatches,
        LastInputSeq = setup.Inputs.Accepted(),
    };

    private void OnAck(AckInput ack)
    {
        if (window.Acknowledge(ack.Epoch, ack.Seq) == AckOutcome.NeverSent)
        {
            ReportToClient(ErrorCode.Protocol, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Acknowledged batch {ack.Epoch}/{ack.Seq}, but the last batch sent is {window.Epoch}/{window.LastSentSeq}."), 0);
            return;
        }

        // The window may have opened: what collected in the tree meanwhile leaves now, as one batch.
        FlushTurn();
        ReportUnacknowledged();
    }

    /// <summary>Brings the node's unacknowledged-batches gauge up to date with this session's window (none once closed).</summary>
    private void ReportUnacknowledged()
    {
        var now = closed ? 0 : window.Count;
        setup.Metrics.UnacknowledgedChanged(now - reportedUnacknowledged);
        reportedUnacknowledged = now;
    }
}
