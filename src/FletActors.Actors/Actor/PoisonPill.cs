namespace FletActors.Actors;

/// <summary>Stops the actor when it is processed, after the messages enqueued before it.</summary>
public sealed class PoisonPill
{
    private PoisonPill()
    {
    }

    /// <summary>The one instance.</summary>
    public static PoisonPill Instance { get; } = new();

    /// <inheritdoc/>
    public override string ToString() => nameof(PoisonPill);
}
