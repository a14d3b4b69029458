using FletActors.UI.Patching;

namespace FletActors.UI.Diffing;

/// <summary>
/// What a diff produced: the ops of one batch, the controls that became visible to the client (to mount, parents
/// first) and those the client no longer shows (to unmount).
/// </summary>
internal sealed record DiffResult(
    IReadOnlyList<PatchOp> Ops,
    IReadOnlyList<Control> Mounted,
    IReadOnlyList<Control> Unmounted);
