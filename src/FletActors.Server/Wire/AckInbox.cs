namespace FletActors.Server.Wire;

/// <summary>
/// Acknowledgements taken on the connection's reading thread and kept for the session to apply on its own turn, so
/// that an ack costs no turn of its own. The session publishes the last batch it numbered (an ack beyond it is not
/// taken here, and goes to the session to be refused) and says when it waits for room in its window; only then does
/// an ack ask for a turn to wake it.
/// </summary>
/// <remarks>
/// Waiting and offering each write with a full fence before reading the other side's field, so an ack that lands
/// while the session starts to wait is either seen by the session's second look or wakes it.
/// </remarks>
internal sealed class AckInbox(ulong epoch)
{
    private long highest;
    private long lastSent;
    private int waiting;

    public ulong Epoch { get; } = epoch;

    /// <summary>The highest batch acknowledged so far.</summary>
    public ulong Highest => (ulong)Volatile.Read(ref highest);

    /// <summary>
    /// Takes a cumulative ack from the reading thread. False when it is for another epoch or beyond the last batch
    /// numbered: the session must judge it. <paramref name="wake"/> is true when the session waits for this ack.
    /// </summary>
    public bool TryOffer(ulong ackEpoch, ulong seq, out bool wake)
    {
        wake = false;
        if (ackEpoch != Epoch || seq > (ulong)Volatile.Read(ref lastSent) || seq > long.MaxValue)
        {
            return false;
        }

        long current;
        do
        {
            current = Volatile.Read(ref highest);
            if ((long)seq <= current)
            {
                return true;
            }
        }
        while (Interlocked.CompareExchange(ref highest, (long)seq, current) != current);

        wake = Interlocked.Exchange(ref waiting, 0) == 1;
        return true;
    }

    /// <summary>The session numbered batches up to <paramref name="seq"/>; acks up to it may be taken here.</summary>
    public void Published(ulong seq) => Volatile.Write(ref lastSent, (long)seq);

    /// <summary>The session waits for an ack; it looks at <see cref="Highest"/> once more after calling this.</summary>
    public void Wait() => Interlocked.Exchange(ref waiting, 1);

    public void StopWaiting() => Interlocked.Exchange(ref waiting, 0);
}
