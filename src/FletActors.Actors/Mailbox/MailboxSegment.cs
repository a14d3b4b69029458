namespace FletActors.Actors;

/// <summary>
/// A bounded ring of mailbox slots. A producer claims the next index with a compare-and-swap on the tail, once the
/// slot's sequence number says the consumer has handed it back, and publishes by writing the message last; the one
/// consumer reads slots in index order and hands each back for the next lap, so a mailbox that keeps up reuses its
/// ring and allocates nothing per message. Publishing through the message rather than the sequence keeps a ring of
/// one slot sound: "published at t" and "free for t + 1" never look alike.
/// When the ring is full (or the consumer trims it), a successor is linked and the ring is frozen: the sign bit of
/// the tail makes every later claim fail, so the consumer knows exactly where this segment ends.
/// </summary>
internal sealed class MailboxSegment
{
    private const long FrozenBit = long.MinValue;

    private readonly MailboxSlot[] _slots;
    private MailboxSegment? _next;
    private long _tail;

    internal MailboxSegment(int capacity)
    {
        _slots = new MailboxSlot[capacity];
        for (var i = 0; i < capacity; i++)
        {
            _slots[i].Sequence = i;
        }
    }

    internal int Capacity => _slots.Length;

    /// <summary>The segment that follows; never null once this one is frozen.</summary>
    internal MailboxSegment? Next => Volatile.Read(ref _next);

    internal bool IsFrozen => Volatile.Read(ref _tail) < 0;

    /// <summary>Producers. False when the ring is full or frozen; the caller then moves to the successor.</summary>
    internal bool TryEnqueue(object message, IActorRef? sender)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        while (true)
        {
            var tail = Volatile.Read(ref _tail);
            if (tail < 0)
            {
                return false;
            }

            ref var slot = ref slots[(int)tail & mask];
            var lag = Volatile.Read(ref slot.Sequence) - tail;
            if (lag == 0)
            {
                if (Interlocked.CompareExchange(ref _tail, tail + 1, tail) == tail)
                {
                    slot.Sender = sender;
                    Volatile.Write(ref slot.Message, message);
                    return true;
                }
            }
            else if (lag < 0)
            {
                // The consumer has not yet handed this slot back from the previous lap.
                return false;
            }

            // Otherwise another producer claimed this index first: read the tail again.
        }
    }

    /// <summary>
    /// Any thread. Links a successor of <paramref name="capacity"/> slots unless one is linked already, then
    /// freezes this ring. Linking comes first, so a frozen segment always has a successor to move to.
    /// </summary>
    internal MailboxSegment Seal(int capacity)
    {
        var next = Volatile.Read(ref _next);
        if (next is null)
        {
            var candidate = new MailboxSegment(capacity);
            next = Interlocked.CompareExchange(ref _next, candidate, null) ?? candidate;
        }

        Interlocked.Or(ref _tail, FrozenBit);
        return next;
    }

    /// <summary>Consumer only: takes the message at <paramref name="head"/> if it is published.</summary>
    internal bool TryDequeue(long head, out object message, out IActorRef? sender)
    {
        ref var slot = ref _slots[(int)head & (_slots.Length - 1)];
        var published = Volatile.Read(ref slot.Message);
        if (published is null)
        {
            message = null!;
            sender = null;
            return false;
        }

        message = published;
        sender = slot.Sender;
        slot.Message = null;
        slot.Sender = null;
        Volatile.Write(ref slot.Sequence, head + _slots.Length);
        return true;
    }

    /// <summary>True when no index at or after <paramref name="head"/> has been claimed (or is being claimed).</summary>
    internal bool IsDrainedAt(long head) => (Volatile.Read(ref _tail) & long.MaxValue) == head;
}
