namespace FletActors.Actors;

/// <summary>
/// Vyukov's intrusive multi-producer single-consumer queue: producers swap the tail with one atomic exchange,
/// the one consumer (the actor's turn) follows the links. An idle queue costs one stub node.
/// </summary>
internal struct MpscQueue
{
    private Envelope _head;
    private Envelope _tail;

    public MpscQueue()
    {
        _head = _tail = new Envelope();
    }

    /// <summary>True when nothing is enqueued or being enqueued.</summary>
    public bool IsEmpty => Volatile.Read(ref _tail) == _head;

    public void Enqueue(object message, IActorRef? sender)
    {
        var node = new Envelope { Message = message, Sender = sender };
        var previous = Interlocked.Exchange(ref _tail, node);
        Volatile.Write(ref previous.Next, node);
    }

    /// <summary>Consumer only. False when empty, or when a producer has swapped the tail but not linked yet.</summary>
    public bool TryDequeue(out object message, out IActorRef? sender)
    {
        var next = Volatile.Read(ref _head.Next);
        if (next is null)
        {
            message = null!;
            sender = null;
            return false;
        }

        _head = next;
        message = next.Message!;
        sender = next.Sender;
        next.Message = null;
        next.Sender = null;
        return true;
    }
}
