namespace FletActors.UI.Patching;

/// <summary>One named prop of a <see cref="SetProps"/> op or a <see cref="ControlSnapshot"/>; a null value resets it.</summary>
internal readonly record struct Prop(string Name, PropValue? Value)
{
    public override string ToString() => $"{Name}={Value?.ToString() ?? "<reset>"}";
}
