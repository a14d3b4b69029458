namespace FletActors.Sessions.Wire;

/// <summary>What <see cref="OutboundWindow.Acknowledge"/> made of an acknowledgement.</summary>
internal enum AckOutcome
{
    /// <summary>Batches left the window.</summary>
    Accepted,

    /// <summary>Nothing new: the window already stood at or beyond that seq (a repeated or late ack).</summary>
    AlreadyAcknowledged,

    /// <summary>The ack names an older epoch; ignored.</summary>
    StaleEpoch,

    /// <summary>The ack names a batch (or epoch) the server never sent; a protocol error.</summary>
    NeverSent,
}
