namespace FletActors.Actors;

/// <summary>
/// The user mailbox: a multi-producer single-consumer queue made of linked ring segments
/// (<see cref="MailboxSegment"/>). A mailbox that has never received a message holds no segment; the first one is
/// small and each successor doubles up to <see cref="MaxSegmentCapacity"/>, so a backlog grows in few allocations
/// and a mailbox that keeps up reuses one ring without allocating per message. A turn that drains a larger ring
/// trims it back to the first size (<see cref="TrimIfDrained"/>), so an actor idle after a burst stays small.
/// </summary>
internal struct MpscQueue
{
    /// <summary>
    /// Slots of the first ring: one covers request/reply traffic and keeps an idle actor that has been messaged
    /// within the memory goal (the ring costs 88 B).
    /// </summary>
    internal const int InitialSegmentCapacity = 1;

    /// <summary>Largest ring; 1024 slots of 24 B stay clear of the large-object heap.</summary>
    internal const int MaxSegmentCapacity = 1024;

    // The consumer's segment and index. The segment is installed once by the first producer, then moved only by the
    // consumer; the index is the consumer's alone.
    private MailboxSegment? _headSegment;
    private long _headIndex;

    // Where producers start looking: only ever moves forward along the links.
    private MailboxSegment? _tailSegment;

    /// <summary>
    /// True when nothing is enqueued or being enqueued. Safe from any thread: a stale answer only costs a spare turn,
    /// or is corrected by the turn already scheduled.
    /// </summary>
    public bool IsEmpty
    {
        get
        {
            var segment = Volatile.Read(ref _headSegment);
            var head = Volatile.Read(ref _headIndex);
            while (segment is not null)
            {
                if (!segment.IsDrainedAt(head))
                {
                    return false;
                }

                if (!segment.IsFrozen)
                {
                    return true;
                }

                segment = segment.Next;
                head = 0;
            }

            return true;
        }
    }

    /// <summary>Slots of the ring the consumer reads from; 0 while the mailbox has never been used.</summary>
    internal int HeadCapacity => Volatile.Read(ref _headSegment)?.Capacity ?? 0;

    /// <summary>Segments from the consumer's to the newest, the consumer's included.</summary>
    internal int SegmentCount
    {
        get
        {
            var count = 0;
            for (var segment = Volatile.Read(ref _headSegment); segment is not null; segment = segment.Next)
            {
                count++;
            }

            return count;
        }
    }

    public void Enqueue(object message, IActorRef? sender)
    {
        var segment = Volatile.Read(ref _tailSegment) ?? FirstSegment();
        while (!segment.TryEnqueue(message, sender))
        {
            var next = segment.Seal(Math.Min(segment.Capacity * 2, MaxSegmentCapacity));
            Interlocked.CompareExchange(ref _tailSegment, next, segment);
            segment = next;
        }
    }

    /// <summary>Consumer only. False when empty, or when a producer has claimed a slot but not yet published it.</summary>
    public bool TryDequeue(out object message, out IActorRef? sender)
    {
        var segment = _headSegment ?? Volatile.Read(ref _headSegment);
        while (segment is not null)
        {
            var head = _headIndex;
            if (segment.TryDequeue(head, out message, out sender))
            {
                _headIndex = head + 1;
                return true;
            }

            if (!segment.IsFrozen || !segment.IsDrainedAt(head))
            {
                break;
            }

            // Frozen and drained: nothing more can arrive here, the rest follows in the successor.
            segment = segment.Next!;
            _headIndex = 0;
            Volatile.Write(ref _headSegment, segment);
        }

        message = null!;
        sender = null;
        return false;
    }

    /// <summary>
    /// Consumer only, at the end of a turn. When everything has been taken from a ring larger than the first size,
    /// replaces it with a small one, so an actor that goes idle after a burst keeps a few slots rather than the
    /// ring its busiest moment needed. A producer racing with the trim just lands in the old ring, which the
    /// consumer still drains before moving on.
    /// </summary>
    public void TrimIfDrained()
    {
        var segment = _headSegment;
        if (segment is null || segment.Capacity == InitialSegmentCapacity || !segment.IsDrainedAt(_headIndex))
        {
            return;
        }

        var next = segment.Seal(InitialSegmentCapacity);
        Interlocked.CompareExchange(ref _tailSegment, next, segment);
        if (segment.IsDrainedAt(_headIndex))
        {
            _headIndex = 0;
            Volatile.Write(ref _headSegment, next);
        }
    }

    private MailboxSegment FirstSegment()
    {
        var first = Volatile.Read(ref _headSegment);
        if (first is null)
        {
            var candidate = new MailboxSegment(InitialSegmentCapacity);
            first = Interlocked.CompareExchange(ref _headSegment, candidate, null) ?? candidate;
        }

        Interlocked.CompareExchange(ref _tailSegment, first, null);
        return first;
    }
}
