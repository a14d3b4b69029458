using System.Text;

namespace FletActors.Actors;

/// <summary>
/// Where an actor lives: <c>fletactors://system/user/parent/child</c>. The <see cref="Uid"/> tells apart two
/// incarnations that reuse a name, so a path taken from a stopped actor never equals its successor's.
/// </summary>
public sealed class ActorPath : IEquatable<ActorPath>
{
    private readonly string? _systemName;

    internal ActorPath(string systemName, string name)
    {
        _systemName = systemName;
        Name = name;
    }

    internal ActorPath(ActorPath parent, string name, long uid)
    {
        Parent = parent;
        Name = name;
        Uid = uid;
    }

    /// <summary>The last element, the actor's name among its siblings.</summary>
    public string Name { get; }

    /// <summary>The parent's path; null for a root (<c>/user</c>, <c>/temp</c>).</summary>
    public ActorPath? Parent { get; }

    /// <summary>A number unique within the system for every actor or temporary ref created.</summary>
    public long Uid { get; }

    /// <summary>The name of the actor system this path belongs to.</summary>
    public string SystemName => _systemName ?? Parent!.SystemName;

    /// <inheritdoc/>
    public bool Equals(ActorPath? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Uid == other.Uid && Name == other.Name && SystemName == other.SystemName
                && Equals(Parent, other.Parent)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ActorPath);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Uid, Name);

    /// <summary>The full path, e.g. <c>fletactors://app/user/sessions/s1</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Append(builder);
        return builder.ToString();
    }

    private void Append(StringBuilder builder)
    {
        if (Parent is null)
        {
            builder.Append("fletactors://").Append(_systemName);
        }
        else
        {
            Parent.Append(builder);
        }

        builder.Append('/').Append(Name);
    }
}
