namespace FletActors.Actors;

/// <summary>
/// Keyed timers of one actor, driven by the system's <see cref="TimeProvider"/>. Starting a timer with a key in use
/// replaces the old one, and the old timer's message is never received, even if it was already enqueued. All timers
/// are cancelled when the actor stops or restarts. Call only inside the actor's turn.
/// </summary>
public interface ITimerScheduler
{
    /// <summary>Sends <paramref name="message"/> to the actor once after <paramref name="delay"/>.</summary>
    void StartSingleTimer(object key, object message, TimeSpan delay);

    /// <summary>Sends <paramref name="message"/> every <paramref name="interval"/>, first after one interval.</summary>
    void StartPeriodicTimer(object key, object message, TimeSpan interval);

    /// <summary>Sends <paramref name="message"/> after <paramref name="initialDelay"/>, then every <paramref name="interval"/>.</summary>
    void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval);

    /// <summary>Cancels the timer; its message is never received. No effect for an unknown key.</summary>
    void Cancel(object key);

    /// <summary>Cancels every timer of the actor.</summary>
    void CancelAll();

    /// <summary>True while the timer is armed, or fired but its message not yet received.</summary>
    bool IsTimerActive(object key);
}
