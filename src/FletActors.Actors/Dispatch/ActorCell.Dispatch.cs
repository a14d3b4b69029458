namespace FletActors.Actors;

/// <summary>Enqueueing and the turn loop: one consumer at a time, owned by whoever sets the Scheduled bit.</summary>
internal sealed partial class ActorCell : IThreadPoolWorkItem
{
    private const int Scheduled = 1;
    private const int TerminatedBit = 2;

    private readonly int _throughput;
    private MpscQueue _mailbox;
    private SystemQueue _systemQueue;
    private int _status;

    internal bool IsTerminated => (Volatile.Read(ref _status) & TerminatedBit) != 0;

    /// <summary>Slots of the ring the mailbox reads from (0 before the first message), for tests and diagnostics.</summary>
    internal int MailboxCapacity => _mailbox.HeadCapacity;

    /// <summary>Ring segments the mailbox holds, for tests and diagnostics.</summary>
    internal int MailboxSegments => _mailbox.SegmentCount;

    internal void Post(object message, IActorRef? sender)
    {
        if (IsTerminated)
        {
            _system.PublishDeadLetter(message, sender, _self);
            return;
        }

        // A message enqueued after termination is drained to dead letters by the turn the enqueue schedules.
        _mailbox.Enqueue(message, sender);
        TrySchedule();
    }

    internal void SendSystemMessage(SystemMessage message)
    {
        if (_systemQueue.TryPush(message))
        {
            TrySchedule();
        }
        else
        {
            HandleSystemMessageWhenDead(message);
        }
    }

    internal void PostContinuation(Continuation continuation)
    {
        if (_props.Mode == AsyncMode.Interleave)
        {
            Post(continuation, null);
        }
        else
        {
            SendSystemMessage(continuation);
        }
    }

    public void Execute()
    {
        var previousCell = t_current;
        var previousContext = SynchronizationContext.Current;
        t_current = this;
        try
        {
            if (!IsTerminated)
            {
                RunTurn();
            }

            if (IsTerminated)
            {
                DrainToDeadLetters();
            }
        }
        finally
        {
            t_current = previousCell;
            SynchronizationContext.SetSynchronizationContext(previousContext);
        }

        Interlocked.And(ref _status, ~Scheduled);
        if (HasPendingWork())
        {
            TrySchedule();
        }
    }

    private void TrySchedule()
    {
        var status = Volatile.Read(ref _status);
        while ((status & Scheduled) == 0)
        {
            var seen = Interlocked.CompareExchange(ref _status, status | Scheduled, status);
            if (seen == status)
            {
                Dispatcher.Schedule(this);
                return;
            }

            status = seen;
        }
    }

    private bool HasPendingWork() =>
        _systemQueue.HasMessages || (!_mailbox.IsEmpty && (IsTerminated || CanProcessUserMessages));

    private void RunTurn()
    {
        ProcessSystemMessages();
        var budget = _throughput;
        while (CanProcessUserMessages)
        {
            if (_systemQueue.HasMessages)
            {
                ProcessSystemMessages();
                continue;
            }

            if (budget-- == 0 || !_mailbox.TryDequeue(out var message, out var sender))
            {
                break;
            }

            InvokeUser(message, sender);
        }

        _mailbox.TrimIfDrained();
    }

    private void ProcessSystemMessages()
    {
        var message = _systemQueue.TakeAll();
        while (message is not null)
        {
            var next = message.Next;
            message.Next = null;
            if (IsTerminated)
            {
                HandleSystemMessageWhenDead(message);
            }
            else
            {
                HandleSystemMessage(message);
            }

            message = next;
        }
    }

    private void DrainToDeadLetters()
    {
        while (_mailbox.TryDequeue(out var message, out var sender))
        {
            switch (message)
            {
                case ActorTimer or Terminated:
                    // Cancelled with the actor: a timer tick or a watch notice nobody can receive any more.
                    break;
                default:
                    _system.PublishDeadLetter(message, sender, _self);
                    break;
            }
        }
    }
}
