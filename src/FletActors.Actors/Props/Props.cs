namespace FletActors.Actors;

/// <summary>
/// An immutable recipe for an actor: how to create it and how it runs. Change it with <c>with</c> or the
/// <c>With*</c> helpers; a restart creates a fresh instance from the same Props.
/// </summary>
public sealed record Props
{
    private Props(Func<Actor> producer) => Producer = producer;

    /// <summary>Creates a new actor instance; called once per start and once per restart.</summary>
    public Func<Actor> Producer { get; init; }

    /// <summary>What the mailbox does while an async handler awaits. Default <see cref="AsyncMode.Suspend"/>.</summary>
    public AsyncMode Mode { get; init; } = AsyncMode.Suspend;

    /// <summary>
    /// How this actor supervises its children; overridden by <see cref="Actor.SupervisorStrategy"/> when the actor
    /// returns one, and <see cref="SupervisorStrategy.Default"/> when neither is set.
    /// </summary>
    public SupervisorStrategy? SupervisorStrategy { get; init; }

    /// <summary>Messages per turn before the thread is given back; the system's default when null.</summary>
    public int? Throughput { get; init; }

    /// <summary>Props for an actor with a parameterless constructor.</summary>
    public static Props Create<TActor>()
        where TActor : Actor, new() => new(static () => new TActor());

    /// <summary>Props that create the actor with <paramref name="producer"/>, which must return a new instance each call.</summary>
    public static Props Create(Func<Actor> producer)
    {
        ArgumentNullException.ThrowIfNull(producer);
        return new Props(producer);
    }

    /// <summary>A copy with another <see cref="Mode"/>.</summary>
    public Props WithMode(AsyncMode mode) => this with { Mode = mode };

    /// <summary>A copy with another <see cref="SupervisorStrategy"/>.</summary>
    public Props WithSupervisorStrategy(SupervisorStrategy strategy) => this with { SupervisorStrategy = strategy };

    internal void Validate()
    {
        if (Producer is null)
        {
            throw new ArgumentException("Props.Producer is null; create Props with Props.Create.", "props");
        }

        if (!Enum.IsDefined(Mode))
        {
            throw new ArgumentException($"Props.Mode {Mode} is not an AsyncMode.", "props");
        }

        if (Throughput is <= 0)
        {
            throw new ArgumentException($"Props.Throughput must be positive, got {Throughput}.", "props");
        }
    }
}
