using FletActors.Protocol.V1;

namespace FletActors.Client;

/// <summary>
/// Applies <see cref="PatchBatch"/>es to a <see cref="ClientTree"/>: atomically (a rejected batch leaves the mirror
/// exactly as it was) and in order (epoch and seq rules below). Pure: no I/O, no clock, no threads. Every .NET
/// consumer of patches — the session client, the server's tests, the app-model tests — goes through this class.
/// </summary>
/// <remarks>
/// Sequence rules, with E and S the mirror's epoch and last applied seq (0 and 0 before any batch):
/// a batch of an epoch below E is ignored; a batch with seq 0 is rejected; a reset batch clears the mirror to a
/// fresh page and applies its ops, after which the mirror stands at its epoch and seq (unless it is a resend of
/// epoch E with seq at most S, which is ignored); any other batch must be of epoch E: seq at most S is a resend and
/// ignored, seq S + 1 is applied, anything beyond is a gap. A non-reset batch of a newer epoch is rejected.
/// </remarks>
public static partial class PatchApplier
{
    /// <summary>Applies one batch to the mirror, or ignores it if stale or already applied.</summary>
    /// <exception cref="PatchRejectedException">The batch does not fit; the mirror is unchanged.</exception>
    public static BatchOutcome Apply(ClientTree tree, PatchBatch batch)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(batch);

        if (batch.Epoch < tree.Epoch)
        {
            return BatchOutcome.StaleEpochIgnored;
        }

        if (batch.Seq == 0)
        {
            throw BatchError(PatchErrorKind.InvalidBatch, batch, "sequence numbers start at 1");
        }

        if (batch.Epoch == tree.Epoch && batch.Seq <= tree.LastAppliedSeq)
        {
            return BatchOutcome.DuplicateIgnored;
        }

        if (batch.Reset)
        {
            ApplyReset(tree, batch);
            return BatchOutcome.Applied;
        }

        if (batch.Epoch > tree.Epoch)
        {
            throw BatchError(
                PatchErrorKind.EpochWithoutReset,
                batch,
                $"the mirror is at epoch {tree.Epoch}; a newer epoch must begin with a reset batch");
        }

        if (batch.Seq != tree.LastAppliedSeq + 1)
        {
            throw BatchError(
                PatchErrorKind.SequenceGap,
                batch,
                $"expected seq {tree.LastAppliedSeq + 1} after {tree.LastAppliedSeq}");
        }

        var undo = new List<Action>(batch.Ops.Count);
        try
        {
            ApplyOps(tree, batch, undo);
        }
        catch (PatchRejectedException)
        {
            for (var i = undo.Count - 1; i >= 0; i--)
            {
                undo[i]();
            }

            throw;
        }

        tree.LastAppliedSeq = batch.Seq;
        return BatchOutcome.Applied;
    }

    private static void ApplyReset(ClientTree tree, PatchBatch batch)
    {
        // A reset replaces every object of the mirror, so the old state is kept whole and put back on failure
        // instead of being undone op by op.
        var before = tree.Capture();
        tree.ClearToFreshPage();
        try
        {
            ApplyOps(tree, batch, undo: null);
        }
        catch (PatchRejectedException)
        {
            tree.Restore(before);
            throw;
        }

        tree.Epoch = batch.Epoch;
        tree.LastAppliedSeq = batch.Seq;
    }

    private static void ApplyOps(ClientTree tree, PatchBatch batch, List<Action>? undo)
    {
        for (var i = 0; i < batch.Ops.Count; i++)
        {
            var op = new OpContext(tree, batch, i, undo);
            var patchOp = batch.Ops[i];
            switch (patchOp.KindCase)
            {
                case PatchOp.KindOneofCase.Add:
                    ApplyAdd(op, patchOp.Add);
                    break;
                case PatchOp.KindOneofCase.Set:
                    ApplySet(op, patchOp.Set);
                    break;
                case PatchOp.KindOneofCase.Remove:
                    ApplyRemove(op, patchOp.Remove);
                    break;
                case PatchOp.KindOneofCase.Move:
                    ApplyMove(op, patchOp.Move);
                    break;
                default:
                    throw op.Error(PatchErrorKind.InvalidOp, "the op has no kind set");
            }
        }
    }

    private static PatchRejectedException BatchError(PatchErrorKind kind, PatchBatch batch, string reason) =>
        new(kind, batch.Epoch, batch.Seq, opIndex: -1, reason);

    private readonly record struct OpContext(ClientTree Tree, PatchBatch Batch, int Index, List<Action>? Undo)
    {
        public PatchRejectedException Error(PatchErrorKind kind, string reason) =>
            new(kind, Batch.Epoch, Batch.Seq, Index, reason);

        public void OnUndo(Action action) => Undo?.Add(action);

        public ClientControl Existing(ulong id, string role) =>
            Tree.Find(id) ?? throw Error(PatchErrorKind.UnknownControl, $"{role} {id} is not in the mirror");
    }
}
