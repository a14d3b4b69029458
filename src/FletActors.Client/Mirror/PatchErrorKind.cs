namespace FletActors.Client;

/// <summary>Why a patch batch was rejected. The snake case names are the kinds used by the shared patch cases.</summary>
public enum PatchErrorKind
{
    /// <summary>"unknown_control": an op names a control or parent the mirror does not hold.</summary>
    UnknownControl,

    /// <summary>"duplicate_id": an added control has an id the mirror (or the same added subtree) already holds.</summary>
    DuplicateId,

    /// <summary>"index_out_of_range": an insert or move index is beyond the end of the slot.</summary>
    IndexOutOfRange,

    /// <summary>"cycle": a move would put a control inside itself or its own subtree.</summary>
    Cycle,

    /// <summary>"missing_node": an AddControl carries no node.</summary>
    MissingNode,

    /// <summary>"root_control": an op would remove or move the page root.</summary>
    RootControl,

    /// <summary>"invalid_op": an op with no kind, an id of 0, an empty type, slot or prop name.</summary>
    InvalidOp,

    /// <summary>"invalid_batch": a batch with seq 0 (sequence numbers start at 1).</summary>
    InvalidBatch,

    /// <summary>"sequence_gap": a batch of the mirror's epoch skips a sequence number; the client must resume.</summary>
    SequenceGap,

    /// <summary>"epoch_without_reset": a batch of a newer epoch without reset; the client must resume.</summary>
    EpochWithoutReset,
}
