namespace FletActors.UI.Patching;

/// <summary>
/// The changes of one flush, applied by the client atomically and in order. The host numbers batches (epoch, seq)
/// when it encodes them; <see cref="Reset"/> marks a batch that rebuilds the client's mirror from a fresh page.
/// </summary>
internal sealed record PatchBatch(bool Reset, IReadOnlyList<PatchOp> Ops)
{
    /// <summary>The id of the page, the root of every session tree.</summary>
    public const ulong PageId = 1;
}
