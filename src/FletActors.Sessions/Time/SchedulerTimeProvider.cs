using System.Diagnostics;
using Akka.Actor;

namespace FletActors.Sessions.Time;

/// <summary>
/// The clock of every session (<c>Page.TimeProvider</c>): time and timers come from the actor system's scheduler,
/// so that under Akka.TestKit's <c>TestScheduler</c> a <c>Task.Delay(…, page.TimeProvider, ct)</c> in app code, the
/// session timeout and the event rate limit all run in virtual time, and real time needs no setup.
/// </summary>
/// <remarks>
/// Akka's default scheduler measures delays on the monotonic clock, so timestamps come from <see cref="Stopwatch"/>
/// there. Any other scheduler (the TestScheduler) keeps its own time only in <c>Now</c>: its
/// <c>MonotonicClock</c> is real time, so timestamps are taken from <c>Now</c> instead.
/// </remarks>
internal sealed class SchedulerTimeProvider : TimeProvider
{
    private readonly IScheduler scheduler;
    private readonly bool realTime;

    public SchedulerTimeProvider(IScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        this.scheduler = scheduler;
        realTime = scheduler is HashedWheelTimerScheduler;
    }

    public override DateTimeOffset GetUtcNow() => scheduler.Now;

    public override long TimestampFrequency => realTime ? Stopwatch.Frequency : TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => realTime ? Stopwatch.GetTimestamp() : scheduler.Now.UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new SchedulerTimer(scheduler, realTime, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }
}
