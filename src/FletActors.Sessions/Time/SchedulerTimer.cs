using Akka.Actor;

namespace FletActors.Sessions.Time;

/// <summary>
/// A <see cref="ITimer"/> on an Akka scheduler. Every <see cref="Change"/> starts a new generation, and a tick of an
/// older one is dropped when it fires, so a changed or disposed timer never calls back late (Akka's TestScheduler
/// does not honour cancellation of one-off actions; the default scheduler does, which frees the wheel slot early).
/// </summary>
internal sealed class SchedulerTimer(IScheduler scheduler, bool realTime, TimerCallback callback, object? state) : ITimer
{
    private static readonly WaitCallback RunCallback = static timer => ((SchedulerTimer)timer!).Invoke();

    private readonly Lock gate = new();
    private long generation;
    private TimeSpan period = Timeout.InfiniteTimeSpan;
    private Cancelable? pending;
    private bool disposed;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        ValidateSpan(dueTime, nameof(dueTime));
        ValidateSpan(period, nameof(period));
        lock (gate)
        {
            if (disposed)
            {
                return false;
            }

            generation++;
            pending?.Cancel();
            pending = null;
            this.period = period;
            Schedule(dueTime);
            return true;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            generation++;
            pending?.Cancel();
            pending = null;
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    // Called under the gate.
    private void Schedule(TimeSpan delay)
    {
        if (delay == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        var scheduled = generation;
        var cancelable = new Cancelable(scheduler);
        pending = cancelable;
        scheduler.Advanced.ScheduleOnce(delay, () => Fire(scheduled), cancelable);
    }

    private void Fire(long scheduled)
    {
        lock (gate)
        {
            if (disposed || scheduled != generation)
            {
                return;
            }

            pending = null;
            if (period != Timeout.InfiniteTimeSpan && period > TimeSpan.Zero)
            {
                Schedule(period);
            }
        }

        if (realTime)
        {
            // The scheduler's one thread serves every timer of the node: callbacks (which may complete tasks and run
            // their synchronous continuations) go to the thread pool, as TimeProvider.System's do.
            ThreadPool.UnsafeQueueUserWorkItem(RunCallback, this);
        }
        else
        {
            // Virtual time: the test's Advance runs what fell due before it returns, so a test sees it at once.
            Invoke();
        }
    }

    private void Invoke() => callback(state);

    private static void ValidateSpan(TimeSpan span, string name)
    {
        if (span != Timeout.InfiniteTimeSpan && (span < TimeSpan.Zero || span.TotalMilliseconds > uint.MaxValue - 1))
        {
            throw new ArgumentOutOfRangeException(name, span, "A timer's due time and period are Timeout.InfiniteTimeSpan or between zero and 4294967294 ms.");
        }
    }
}
