namespace FletActors.Actors;

/// <summary>The keyed timers of one cell; used only inside its turns.</summary>
internal sealed class ActorTimerScheduler(ActorCell cell) : ITimerScheduler
{
    private readonly Dictionary<object, ActorTimer> _timers = [];

    private TimerWheel Wheel => cell.System.TimerWheel;

    public void StartSingleTimer(object key, object message, TimeSpan delay)
    {
        Validate(nameof(StartSingleTimer), key, message);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        Start(new ActorTimer(cell, key, message, periodic: false), delay, TimeSpan.Zero);
    }

    public void StartPeriodicTimer(object key, object message, TimeSpan interval) =>
        StartPeriodicTimer(key, message, interval, interval);

    public void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval)
    {
        Validate(nameof(StartPeriodicTimer), key, message);
        ArgumentOutOfRangeException.ThrowIfLessThan(initialDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        Start(new ActorTimer(cell, key, message, periodic: true), initialDelay, interval);
    }

    public void Cancel(object key)
    {
        cell.CheckInTurn("Timers.Cancel");
        ArgumentNullException.ThrowIfNull(key);
        if (_timers.Remove(key, out var timer))
        {
            Wheel.Cancel(timer);
        }
    }

    public void CancelAll()
    {
        cell.CheckInTurn("Timers.CancelAll");
        foreach (var timer in _timers.Values)
        {
            Wheel.Cancel(timer);
        }

        _timers.Clear();
    }

    public bool IsTimerActive(object key)
    {
        cell.CheckInTurn("Timers.IsTimerActive");
        ArgumentNullException.ThrowIfNull(key);
        return _timers.ContainsKey(key);
    }

    /// <summary>True when <paramref name="timer"/> is still current; a single timer is then done.</summary>
    internal bool TryAccept(ActorTimer timer)
    {
        if (!_timers.TryGetValue(timer.Key, out var current) || !ReferenceEquals(current, timer))
        {
            return false;
        }

        if (!timer.IsPeriodic)
        {
            _timers.Remove(timer.Key);
        }

        return true;
    }

    private void Start(ActorTimer timer, TimeSpan delay, TimeSpan period)
    {
        if (_timers.Remove(timer.Key, out var previous))
        {
            Wheel.Cancel(previous);
        }

        _timers[timer.Key] = timer;
        Wheel.Schedule(timer, delay, period);
    }

    private void Validate(string member, object key, object message)
    {
        cell.CheckInTurn("Timers." + member);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(message);
    }
}
