namespace FletActors.Actors;

/// <summary>
/// The system-message lane: a lock-free stack the consumer takes whole and reverses into arrival order. Closing
/// it at termination makes every later push fail, so the sender handles the message as sent to a dead actor and
/// nothing is lost between "is it alive?" and "enqueue".
/// </summary>
internal struct SystemQueue
{
    private SystemMessage? _top;

    public bool HasMessages
    {
        get
        {
            var top = Volatile.Read(ref _top);
            return top is not null && !ReferenceEquals(top, SystemMessage.Closed);
        }
    }

    /// <summary>False when the queue is closed.</summary>
    public bool TryPush(SystemMessage message)
    {
        while (true)
        {
            var top = Volatile.Read(ref _top);
            if (ReferenceEquals(top, SystemMessage.Closed))
            {
                return false;
            }

            message.Next = top;
            if (ReferenceEquals(Interlocked.CompareExchange(ref _top, message, top), top))
            {
                return true;
            }
        }
    }

    /// <summary>Consumer only: everything pushed so far, oldest first.</summary>
    public SystemMessage? TakeAll() => Reverse(Interlocked.Exchange(ref _top, null));

    /// <summary>Consumer only: closes the queue and returns what was left, oldest first.</summary>
    public SystemMessage? Close() => Reverse(Interlocked.Exchange(ref _top, SystemMessage.Closed));

    private static SystemMessage? Reverse(SystemMessage? top)
    {
        SystemMessage? reversed = null;
        while (top is not null && !ReferenceEquals(top, SystemMessage.Closed))
        {
            var next = top.Next;
            top.Next = reversed;
            reversed = top;
            top = next;
        }

        return reversed;
    }
}
