namespace FletActors.Actors;

/// <summary>Limits and defaults of an <see cref="ActorSystem"/>; validated when the system starts.</summary>
public sealed record ActorSystemOptions
{
    /// <summary>Messages an actor processes per turn before giving the thread back (fairness). Default 100.</summary>
    public int Throughput { get; init; } = 100;

    /// <summary>Ask timeout when none is given. Default 5 s.</summary>
    public TimeSpan DefaultAskTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Resolution of the timer wheel: timers fire late by less than this. Default 10 ms.</summary>
    public TimeSpan TimerTick { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Buckets of the timer wheel, a power of two. Default 4096.</summary>
    public int TimerWheelSize { get; init; } = 4096;

    /// <summary>Dead letters logged per <see cref="DeadLetterLogWindow"/>. Default 10.</summary>
    public int DeadLetterLogLimit { get; init; } = 10;

    /// <summary>The window <see cref="DeadLetterLogLimit"/> applies to. Default 10 s.</summary>
    public TimeSpan DeadLetterLogWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How the <c>/user</c> guardian supervises top-level actors. Default <see cref="SupervisorStrategy.Default"/>.</summary>
    public SupervisorStrategy GuardianStrategy { get; init; } = SupervisorStrategy.Default;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        Require(Throughput > 0, nameof(Throughput), Throughput, "must be positive");
        Require(DefaultAskTimeout > TimeSpan.Zero, nameof(DefaultAskTimeout), DefaultAskTimeout, "must be positive");
        Require(TimerTick > TimeSpan.Zero, nameof(TimerTick), TimerTick, "must be positive");
        Require(
            TimerWheelSize > 0 && (TimerWheelSize & (TimerWheelSize - 1)) == 0,
            nameof(TimerWheelSize),
            TimerWheelSize,
            "must be a positive power of two");
        Require(DeadLetterLogLimit >= 0, nameof(DeadLetterLogLimit), DeadLetterLogLimit, "must not be negative");
        Require(DeadLetterLogWindow > TimeSpan.Zero, nameof(DeadLetterLogWindow), DeadLetterLogWindow, "must be positive");
        Require(GuardianStrategy is not null, nameof(GuardianStrategy), GuardianStrategy, "must be set");
    }

    private static void Require(bool valid, string option, object? value, string rule)
    {
        if (!valid)
        {
            throw new ArgumentException($"ActorSystemOptions.{option} {rule}; got {value ?? "null"}.", option);
        }
    }
}
