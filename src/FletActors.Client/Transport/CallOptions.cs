namespace FletActors.Client.Transport;

/// <summary>Per-call settings: deadline, cancellation and request metadata.</summary>
public sealed record CallOptions
{
    /// <summary>No deadline, no cancellation, no metadata.</summary>
    public static CallOptions None { get; } = new();

    /// <summary>When the call must be over (UTC); sent as <c>grpc-timeout</c>. Past it the call fails with
    /// DEADLINE_EXCEEDED.</summary>
    public DateTime? Deadline { get; init; }

    /// <summary>Cancels the call (the server sees RST_STREAM CANCEL); the call fails with CANCELLED.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Custom metadata sent with the request headers.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>
    /// The <c>grpc-encoding</c> this call's requests are compressed with, overriding
    /// <see cref="GrpcChannelOptions.RequestCompression"/>; <c>"identity"</c> sends them uncompressed;
    /// <see langword="null"/> keeps the channel's choice.
    /// </summary>
    public string? RequestCompression { get; init; }
}
