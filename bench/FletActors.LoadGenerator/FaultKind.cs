namespace FletActors.LoadGenerator;

/// <summary>What happens to one node in the middle of a run.</summary>
internal enum FaultKind
{
    None,

    /// <summary>kill -9: the node vanishes without a word.</summary>
    Kill,

    /// <summary>SIGTERM: the node drains and tells its clients to go elsewhere.</summary>
    Term,
}
