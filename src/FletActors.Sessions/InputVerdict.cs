namespace FletActors.Sessions;

/// <summary>How <see cref="InputSequence.Check"/> classes a client input by its number.</summary>
internal enum InputVerdict
{
    /// <summary>input_seq 0: accepted as it comes, without exactly-once guarantees.</summary>
    Unnumbered,

    /// <summary>The next number: accepted.</summary>
    Next,

    /// <summary>Already accepted (a resend): dropped.</summary>
    Duplicate,

    /// <summary>Beyond the next number: refused, nothing delivered.</summary>
    Gap,
}
