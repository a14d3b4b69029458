using FletActors.Protocol.V1;

namespace FletActors.Sessions.Wire;

/// <summary>
/// The batches a session has sent and its client has not yet acknowledged, numbered within one epoch (seq 1, 2,
/// 3 ...). Holds at most <see cref="Capacity"/> batches: a session sends nothing more while it is full and lets
/// changes collect in its tree instead, so what a slow client costs is bounded by the window and the tree, never by
/// time. Pure; the session owns it.
/// </summary>
internal sealed class OutboundWindow
{
    private readonly Queue<PatchBatch> unacknowledged = new();

    public OutboundWindow(int capacity, ulong epoch = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfZero(epoch);
        Capacity = capacity;
        Epoch = epoch;
    }

    public int Capacity { get; }

    public ulong Epoch { get; }

    /// <summary>The seq of the last batch numbered; 0 before any.</summary>
    public ulong LastSentSeq { get; private set; }

    /// <summary>The highest seq the client acknowledged (or, on a resume, said it applied).</summary>
    public ulong AcknowledgedSeq { get; private set; }

    public int Count => unacknowledged.Count;

    public bool IsFull => unacknowledged.Count >= Capacity;

    /// <summary>Numbers <paramref name="batch"/> (epoch, next seq) and keeps it until acknowledged.</summary>
    /// <exception cref="InvalidOperationException">The window is full.</exception>
    public PatchBatch Push(PatchBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (IsFull)
        {
            throw new InvalidOperationException($"The window holds {Capacity} unacknowledged batches already; wait for acknowledgements.");
        }

        batch.Epoch = Epoch;
        batch.Seq = ++LastSentSeq;
        unacknowledged.Enqueue(batch);
        return batch;
    }

    /// <summary>Takes a cumulative acknowledgement: every batch up to <paramref name="seq"/> has been applied.</summary>
    public AckOutcome Acknowledge(ulong epoch, ulong seq)
    {
        if (epoch < Epoch)
        {
            return AckOutcome.StaleEpoch;
        }

        if (epoch > Epoch || seq > LastSentSeq)
        {
            return AckOutcome.NeverSent;
        }

        if (seq <= AcknowledgedSeq)
        {
            return AckOutcome.AlreadyAcknowledged;
        }

        Release(seq);
        return AckOutcome.Accepted;
    }

    /// <summary>
    /// The batches a resuming client misses after <paramref name="lastAppliedSeq"/> of <paramref name="epoch"/>, when
    /// the window still holds every one of them; what the client says it applied counts as acknowledged. Null when
    /// the client needs the whole tree instead (seq 0, another epoch, or batches already gone).
    /// </summary>
    public IReadOnlyList<PatchBatch>? TakeResend(ulong epoch, ulong lastAppliedSeq)
    {
        if (epoch != Epoch || lastAppliedSeq == 0 || lastAppliedSeq < AcknowledgedSeq || lastAppliedSeq > LastSentSeq)
        {
            return null;
        }

        Release(lastAppliedSeq);
        return [.. unacknowledged];
    }

    /// <summary>Forgets every unacknowledged batch: a reset batch about to be sent supersedes them all.</summary>
    public void Clear()
    {
        unacknowledged.Clear();
        AcknowledgedSeq = LastSentSeq;
    }

    private void Release(ulong seq)
    {
        while (unacknowledged.TryPeek(out var oldest) && oldest.Seq <= seq)
        {
            unacknowledged.Dequeue();
        }

        AcknowledgedSeq = seq;
    }
}
