using FletActors.Protocol.V1;

namespace FletActors.Client;

// Client inputs (events, write-backs, page events, method results) are numbered per session and kept until the
// server confirms them (InputAck, or SessionStarted.last_input_seq on a resume). Each connection's writer sends
// every kept input after the point the server confirmed when it started, so an input whose write failed goes again
// under the same number and the server drops it if it had already taken it: none is lost, none runs twice.
public sealed partial class SessionClient
{
    private readonly List<ClientMessage> unconfirmedInputs = [];
    private ulong lastInputSeq;
    private TaskCompletionSource<InputStart>? connectionStart;

    /// <summary>Inputs sent or waiting to be sent that the server has not confirmed yet.</summary>
    internal int UnconfirmedInputCount
    {
        get
        {
            lock (gate)
            {
                return unconfirmedInputs.Count;
            }
        }
    }

    /// <summary>Numbers an input, keeps it until confirmed, and wakes the writer.</summary>
    private ValueTask Send(ClientMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            ThrowIfEnded();
            if (unconfirmedInputs.Count >= options.MaxUnconfirmedInputs)
            {
                throw new SessionClientException(
                    $"{unconfirmedInputs.Count} inputs wait for the server to confirm them, the most SessionClientOptions.MaxUnconfirmedInputs " +
                    "allows; the server has not been reachable for them. Nothing more is taken until it confirms some.");
            }

            message.InputSeq = ++lastInputSeq;
            unconfirmedInputs.Add(message);
        }

        // A full outbox already holds an item that will wake the writer, which then sends every kept input.
        outbox.Writer.TryWrite(InputsPending);
        return ValueTask.CompletedTask;
    }

    /// <summary>Called with SessionStarted: settles the kept inputs and tells this connection's writer where to send from.</summary>
    private void StartInputs(SessionStarted started)
    {
        lock (gate)
        {
            ulong sendAfter;
            if (started.Resumed)
            {
                ConfirmInputs(started.LastInputSeq);
                // A server that took more than this client numbered (it cannot, short of sharing the session) still
                // must not see numbers again.
                lastInputSeq = Math.Max(lastInputSeq, started.LastInputSeq);
                sendAfter = started.LastInputSeq;
            }
            else
            {
                if (started.Restarted)
                {
                    // The kept inputs name controls of the session that is gone; the new one never had them.
                    unconfirmedInputs.Clear();
                }

                // A new session counts from 1; none of the kept inputs reached it.
                for (var i = 0; i < unconfirmedInputs.Count; i++)
                {
                    unconfirmedInputs[i].InputSeq = (ulong)i + 1;
                }

                lastInputSeq = (ulong)unconfirmedInputs.Count;
                sendAfter = 0;
            }

            connectionStart?.TrySetResult(new InputStart(sendAfter, lastInputSeq));
        }
    }

    /// <summary>Forgets the kept inputs up to and including <paramref name="seq"/>. Under the gate.</summary>
    private void ConfirmInputs(ulong seq)
    {
        if (unconfirmedInputs.Count == 0 || seq < unconfirmedInputs[0].InputSeq)
        {
            return;
        }

        // Kept inputs carry consecutive numbers, so the confirmed ones are a prefix of known length.
        var confirmed = (int)Math.Min((ulong)unconfirmedInputs.Count, seq - unconfirmedInputs[0].InputSeq + 1);
        unconfirmedInputs.RemoveRange(0, confirmed);
    }

    /// <summary>
    /// Writes the kept inputs after <paramref name="writtenThrough"/>, up to <paramref name="upTo"/>; returns the last
    /// number written.
    /// </summary>
    private async ValueTask<ulong> WriteInputsAsync(ISessionConnection connection, ulong writtenThrough, ulong upTo, CancellationToken token)
    {
        while (writtenThrough < upTo)
        {
            ClientMessage? next;
            lock (gate)
            {
                next = unconfirmedInputs.Count == 0 || writtenThrough + 1 < unconfirmedInputs[0].InputSeq
                    ? unconfirmedInputs.FirstOrDefault()
                    : unconfirmedInputs.ElementAtOrDefault((int)(writtenThrough + 1 - unconfirmedInputs[0].InputSeq));
            }

            if (next is null)
            {
                return writtenThrough;
            }

            await connection.SendAsync(next, token).ConfigureAwait(false);
            writtenThrough = next.InputSeq;
        }

        return writtenThrough;
    }

    /// <summary>Where a connection's writer starts: after <see cref="SendAfter"/>, resending up to <see cref="ResendThrough"/> at once.</summary>
    /// <remarks>
    /// Inputs numbered later wait for their wake-up in the outbox, so they keep their order with the acks queued
    /// around them.
    /// </remarks>
    private readonly record struct InputStart(ulong SendAfter, ulong ResendThrough);

    private void ThrowIfEnded()
    {
        if (state is SessionClientState.Closed or SessionClientState.Failed)
        {
            throw new SessionClientException($"The session client is {state.ToString().ToLowerInvariant()}; nothing more can be sent.");
        }
    }
}
