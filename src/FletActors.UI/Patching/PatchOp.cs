namespace FletActors.UI.Patching;

/// <summary>One operation of a <see cref="PatchBatch"/>; the cases mirror session.proto's <c>PatchOp</c> oneof.</summary>
internal abstract record PatchOp;

/// <summary>Inserts <see cref="Node"/> (with its whole subtree) at <see cref="Index"/> within a slot of a parent.</summary>
internal sealed record AddControl(ulong ParentId, string Slot, int Index, ControlSnapshot Node) : PatchOp;

/// <summary>Changes props of a control; a prop with a null value goes back to its default.</summary>
internal sealed record SetProps(ulong ControlId, IReadOnlyList<Prop> Props) : PatchOp;

/// <summary>Removes a control and its whole subtree.</summary>
internal sealed record RemoveControl(ulong ControlId) : PatchOp;

/// <summary>
/// Moves a control (with its subtree) to <see cref="Index"/> within a slot of a parent; the index counts positions
/// after the control has been taken out of its old place.
/// </summary>
internal sealed record MoveControl(ulong ControlId, ulong ParentId, string Slot, int Index) : PatchOp;
