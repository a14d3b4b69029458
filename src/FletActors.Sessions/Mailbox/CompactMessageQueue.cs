using Akka.Actor;
using Akka.Dispatch;
using Akka.Dispatch.MessageQueues;

namespace FletActors.Sessions.Mailbox;

/// <summary>
/// The message queue of a session's actors: a ring that holds nothing until a message arrives, grows by doubling
/// while messages wait, and is let go once it drains after a burst. Akka's default queue (a ConcurrentQueue) starts
/// every actor with a 32-slot segment, about 1 KB; a session has three actors that are idle almost all the time, so
/// that is about 3 KB of every idle session. A session's actors have few senders at once (its stream, its timers,
/// its children), so a short lock costs less here than the preallocated lock-free segment.
/// </summary>
internal sealed class CompactMessageQueue : IMessageQueue, IUnboundedMessageQueueSemantics
{
    /// <summary>The ring a queue keeps when it drains; a larger one, grown by a burst, is let go.</summary>
    internal const int KeptCapacity = 16;

    private const int FirstCapacity = 4;

    private readonly Lock gate = new();
    private Envelope[] ring = [];
    private int head;
    private int count;

    public bool HasMessages => Volatile.Read(ref count) > 0;

    public int Count => Volatile.Read(ref count);

    /// <summary>The slots the queue holds now, used or not.</summary>
    internal int Capacity
    {
        get
        {
            lock (gate)
            {
                return ring.Length;
            }
        }
    }

    public void Enqueue(IActorRef receiver, Envelope envelope)
    {
        lock (gate)
        {
            if (count == ring.Length)
            {
                Grow();
            }

            ring[(head + count) & (ring.Length - 1)] = envelope;
            Volatile.Write(ref count, count + 1);
        }
    }

    public bool TryDequeue(out Envelope envelope)
    {
        lock (gate)
        {
            if (count == 0)
            {
                envelope = default;
                return false;
            }

            envelope = ring[head];
            ring[head] = default;
            head = (head + 1) & (ring.Length - 1);
            Volatile.Write(ref count, count - 1);
            if (count == 0)
            {
                head = 0;
                if (ring.Length > KeptCapacity)
                {
                    ring = [];
                }
            }

            return true;
        }
    }

    public void CleanUp(IActorRef owner, IMessageQueue deadletters)
    {
        while (TryDequeue(out var envelope))
        {
            deadletters.Enqueue(owner, envelope);
        }
    }

    // Called under the gate with a full ring; capacities stay powers of two so that an index wraps with a mask.
    private void Grow()
    {
        var grown = new Envelope[ring.Length == 0 ? FirstCapacity : ring.Length * 2];
        for (var i = 0; i < count; i++)
        {
            grown[i] = ring[(head + i) & (ring.Length - 1)];
        }

        ring = grown;
        head = 0;
    }
}
