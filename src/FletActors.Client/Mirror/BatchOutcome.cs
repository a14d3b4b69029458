namespace FletActors.Client;

/// <summary>What <see cref="PatchApplier.Apply"/> did with a batch it did not reject.</summary>
public enum BatchOutcome
{
    /// <summary>The batch was applied; the mirror now stands at its epoch and seq.</summary>
    Applied,

    /// <summary>The batch belongs to an older epoch than the mirror's and was ignored.</summary>
    StaleEpochIgnored,

    /// <summary>The batch was already applied (same epoch, seq not beyond the last applied) and was ignored.</summary>
    DuplicateIgnored,
}
