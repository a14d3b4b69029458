namespace FletActors.UI.Patching;

/// <summary>
/// A control and its subtree as sent in an <see cref="AddControl"/> op, the counterpart of session.proto's
/// <c>ControlNode</c>. <see cref="Props"/> holds only props that differ from their defaults (never a null value);
/// <see cref="Children"/> are ordered per slot, each naming its <see cref="Slot"/>.
/// </summary>
internal sealed record ControlSnapshot(
    ulong Id,
    string Type,
    string Slot,
    string? Key,
    IReadOnlyList<Prop> Props,
    IReadOnlyList<ControlSnapshot> Children);
