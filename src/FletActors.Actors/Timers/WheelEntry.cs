namespace FletActors.Actors;

/// <summary>Something armed on the <see cref="TimerWheel"/>; linked into one bucket while armed.</summary>
internal abstract class WheelEntry
{
    internal WheelEntry? Next;
    internal WheelEntry? Previous;
    internal long DeadlineTick;
    internal long PeriodTicks;
    internal int Bucket = -1;

    /// <summary>Called outside the wheel's lock, on the wheel's timer thread; must not block.</summary>
    internal abstract void Fire();
}
