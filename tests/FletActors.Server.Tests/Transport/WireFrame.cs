namespace FletActors.Server.Tests.Transport;

/// <summary>One length-prefixed gRPC frame as it crossed the wire.</summary>
public readonly record struct WireFrame(byte Flags, byte[] Payload)
{
    public bool IsCompressed => (Flags & WireFrames.CompressedFlag) != 0;

    /// <summary>A gRPC-Web trailer frame (its payload is header lines, not a message).</summary>
    public bool IsTrailers => (Flags & WireFrames.TrailersFlag) != 0;
}
