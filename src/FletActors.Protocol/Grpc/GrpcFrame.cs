namespace FletActors.Protocol;

/// <summary>
/// One Length-Prefixed-Message as read off the wire: the flag byte and the message bytes. Bit 0 of the flags marks
/// a compressed message; bit 7 marks a gRPC-Web trailer frame.
/// </summary>
/// <param name="Flags">The first byte of the frame.</param>
/// <param name="Payload">The message bytes (without the five-byte prefix).</param>
public readonly record struct GrpcFrame(byte Flags, ReadOnlyMemory<byte> Payload)
{
    /// <summary>The flag bit that marks a compressed message.</summary>
    public const byte CompressedFlag = 0x01;

    /// <summary>The flag bit that marks a gRPC-Web trailer frame.</summary>
    public const byte TrailersFlag = 0x80;

    /// <summary>Whether the message is compressed with the call's <c>grpc-encoding</c>.</summary>
    public bool IsCompressed => (Flags & CompressedFlag) != 0;

    /// <summary>Whether this is a gRPC-Web trailer frame rather than a message.</summary>
    public bool IsTrailers => (Flags & TrailersFlag) != 0;
}
