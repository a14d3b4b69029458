namespace FletActors.Client.Transport;

/// <summary>Limits of a <see cref="GrpcChannel"/>; validated when the channel is created.</summary>
public sealed record GrpcChannelOptions
{
    /// <summary>The defaults: 4 MiB messages both ways, 32 queued request messages per stream.</summary>
    public static GrpcChannelOptions Default { get; } = new();

    /// <summary>The largest response message accepted; a larger one fails the call with RESOURCE_EXHAUSTED.</summary>
    public int MaxReceiveMessageSize { get; init; } = 4 * 1024 * 1024;

    /// <summary>The largest request message sent; a larger one fails the write with RESOURCE_EXHAUSTED.</summary>
    public int MaxSendMessageSize { get; init; } = 4 * 1024 * 1024;

    /// <summary>How many request messages a stream queues before <c>WriteAsync</c> waits for the network.</summary>
    public int RequestWriterCapacity { get; init; } = 32;

    /// <summary>The clock deadlines are measured on.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Throws when a limit is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size or capacity is not positive.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxReceiveMessageSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxSendMessageSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(RequestWriterCapacity);
        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
