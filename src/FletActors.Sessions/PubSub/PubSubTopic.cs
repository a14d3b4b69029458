namespace FletActors.Sessions.PubSub;

/// <summary>Where a pub/sub message goes: the general channel (<see cref="Name"/> null) or a named topic.</summary>
internal readonly record struct PubSubTopic(string? Name)
{
    /// <summary>The general channel: <c>SendAll</c>, <c>SendOthers</c> and <c>Subscribe</c>.</summary>
    public static PubSubTopic General => default;

    /// <summary>True for the general channel, which is no named topic, not even one named like it.</summary>
    public bool IsGeneral => Name is null;

    public override string ToString() => Name ?? "(general)";
}
