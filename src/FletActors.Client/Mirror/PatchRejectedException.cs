namespace FletActors.Client;

/// <summary>
/// A patch batch was rejected; the mirror is exactly as it was before the batch. Sequence errors
/// (<see cref="PatchErrorKind.SequenceGap"/>, <see cref="PatchErrorKind.EpochWithoutReset"/>) mean the client
/// missed batches and must resume; the others mean the server sent a batch that does not fit the mirror.
/// </summary>
public sealed class PatchRejectedException : Exception
{
    /// <summary>Creates the exception for a rejected batch.</summary>
    public PatchRejectedException(PatchErrorKind kind, ulong epoch, ulong seq, int opIndex, string reason)
        : base(FormatMessage(kind, epoch, seq, opIndex, reason))
    {
        Kind = kind;
        Epoch = epoch;
        Seq = seq;
        OpIndex = opIndex;
        Reason = reason;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public PatchRejectedException()
        : this(PatchErrorKind.InvalidOp, 0, 0, -1, "rejected")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public PatchRejectedException(string message)
        : this(PatchErrorKind.InvalidOp, 0, 0, -1, message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public PatchRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = PatchErrorKind.InvalidOp;
        OpIndex = -1;
        Reason = message;
    }

    /// <summary>Why the batch was rejected.</summary>
    public PatchErrorKind Kind { get; }

    /// <summary>The rejected batch's epoch.</summary>
    public ulong Epoch { get; }

    /// <summary>The rejected batch's seq.</summary>
    public ulong Seq { get; }

    /// <summary>The index of the offending op in the batch, or -1 when the batch as a whole was refused.</summary>
    public int OpIndex { get; }

    /// <summary>The reason in words, without the batch numbering.</summary>
    public string Reason { get; }

    /// <summary>True when the client missed batches and must resume to get them.</summary>
    public bool IsSequenceError => Kind is PatchErrorKind.SequenceGap or PatchErrorKind.EpochWithoutReset;

    /// <summary>The kind as the shared patch cases spell it ("unknown_control", "sequence_gap" ...).</summary>
    public string KindName => KindToName(Kind);

    /// <summary>The snake case name of a kind, as the shared patch cases spell it.</summary>
    public static string KindToName(PatchErrorKind kind) => kind switch
    {
        PatchErrorKind.UnknownControl => "unknown_control",
        PatchErrorKind.DuplicateId => "duplicate_id",
        PatchErrorKind.IndexOutOfRange => "index_out_of_range",
        PatchErrorKind.Cycle => "cycle",
        PatchErrorKind.MissingNode => "missing_node",
        PatchErrorKind.RootControl => "root_control",
        PatchErrorKind.InvalidOp => "invalid_op",
        PatchErrorKind.InvalidBatch => "invalid_batch",
        PatchErrorKind.SequenceGap => "sequence_gap",
        PatchErrorKind.EpochWithoutReset => "epoch_without_reset",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown patch error kind."),
    };

    private static string FormatMessage(PatchErrorKind kind, ulong epoch, ulong seq, int opIndex, string reason) =>
        opIndex >= 0
            ? $"Patch batch (epoch {epoch}, seq {seq}) rejected at op {opIndex}: {KindToName(kind)}: {reason}"
            : $"Patch batch (epoch {epoch}, seq {seq}) rejected: {KindToName(kind)}: {reason}";
}
