using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Google.Protobuf;

namespace FletActors.Protocol;

/// <summary>
/// The gRPC Length-Prefixed-Message codec: a flag byte, a four-byte big-endian length, then the message. The one
/// place framing is written; the server and the client both use it.
/// </summary>
public static class GrpcFrameCodec
{
    /// <summary>The length of the prefix in front of every message.</summary>
    public const int PrefixLength = 5;

    /// <summary>
    /// Takes one complete frame off the front of <paramref name="buffer"/> when it holds one.
    /// </summary>
    /// <returns><see langword="true"/> and the frame when a whole frame was there; otherwise <see langword="false"/>
    /// and <paramref name="buffer"/> unchanged.</returns>
    /// <exception cref="RpcException">RESOURCE_EXHAUSTED when the announced length exceeds
    /// <paramref name="maxMessageSize"/>; raised as soon as the prefix is seen, before the message arrives.</exception>
    public static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, int maxMessageSize, out byte flags,
        out ReadOnlySequence<byte> payload)
    {
        flags = 0;
        payload = default;
        if (buffer.Length < PrefixLength)
        {
            return false;
        }

        Span<byte> prefix = stackalloc byte[PrefixLength];
        buffer.Slice(0, PrefixLength).CopyTo(prefix);
        var length = BinaryPrimitives.ReadUInt32BigEndian(prefix[1..]);
        if (length > (uint)maxMessageSize)
        {
            throw new RpcException(StatusCode.ResourceExhausted,
                $"Received message exceeds the maximum configured message size ({length} > {maxMessageSize} bytes).");
        }

        if (buffer.Length < PrefixLength + length)
        {
            return false;
        }

        flags = prefix[0];
        payload = buffer.Slice(PrefixLength, length);
        buffer = buffer.Slice(payload.End);
        return true;
    }

    /// <summary>
    /// Reads the next frame from <paramref name="reader"/>.
    /// </summary>
    /// <returns>The frame, or <see langword="null"/> when the stream ended cleanly between frames.</returns>
    /// <exception cref="RpcException">INTERNAL when the stream ends inside a frame; RESOURCE_EXHAUSTED when a frame
    /// announces more than <paramref name="maxMessageSize"/> bytes.</exception>
    public static async ValueTask<GrpcFrame?> ReadFrameAsync(PipeReader reader, int maxMessageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            try
            {
                if (TryReadFrame(ref buffer, maxMessageSize, out var flags, out var payload))
                {
                    var frame = new GrpcFrame(flags, payload.ToArray());
                    reader.AdvanceTo(buffer.Start);
                    return frame;
                }
            }
            catch
            {
                reader.AdvanceTo(buffer.Start);
                throw;
            }

            if (result.IsCompleted || result.IsCanceled)
            {
                var leftover = buffer.Length;
                reader.AdvanceTo(buffer.End);
                if (leftover == 0 && result.IsCompleted)
                {
                    return null;
                }

                if (result.IsCanceled)
                {
                    throw new OperationCanceledException("The read was cancelled.");
                }

                throw new RpcException(StatusCode.Internal,
                    $"Incomplete message: the stream ended {leftover} byte(s) into a frame.");
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Writes <paramref name="payload"/> as one frame with the given flags.</summary>
    public static void WriteFrame(IBufferWriter<byte> writer, byte flags, ReadOnlySpan<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var span = writer.GetSpan(PrefixLength + payload.Length);
        WritePrefix(span, flags, payload.Length);
        payload.CopyTo(span[PrefixLength..]);
        writer.Advance(PrefixLength + payload.Length);
    }

    /// <summary>Serializes <paramref name="message"/> as one uncompressed frame.</summary>
    /// <exception cref="RpcException">RESOURCE_EXHAUSTED when the message exceeds
    /// <paramref name="maxMessageSize"/>.</exception>
    public static void WriteMessage(IBufferWriter<byte> writer, IMessage message, int maxMessageSize = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(message);
        var size = CheckSendSize(message, maxMessageSize);
        var span = writer.GetSpan(PrefixLength + size);
        WritePrefix(span, 0, size);
        message.WriteTo(span.Slice(PrefixLength, size));
        writer.Advance(PrefixLength + size);
    }

    /// <summary>Serializes <paramref name="message"/> as one uncompressed frame in a new array.</summary>
    /// <exception cref="RpcException">RESOURCE_EXHAUSTED when the message exceeds
    /// <paramref name="maxMessageSize"/>.</exception>
    public static byte[] EncodeMessage(IMessage message, int maxMessageSize = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(message);
        return EncodeUncompressed(message, CheckSendSize(message, maxMessageSize));
    }

    /// <summary>
    /// Serializes <paramref name="message"/> as one frame in a new array, compressed (flag set) when
    /// <paramref name="compression"/> is given, the message reaches its minimum size, and compressing makes it
    /// smaller; otherwise uncompressed.
    /// </summary>
    /// <exception cref="RpcException">RESOURCE_EXHAUSTED when the serialized message exceeds
    /// <paramref name="maxMessageSize"/>.</exception>
    public static byte[] EncodeMessage(IMessage message, int maxMessageSize, MessageCompression? compression)
    {
        ArgumentNullException.ThrowIfNull(message);
        var size = CheckSendSize(message, maxMessageSize);
        if (compression is null || !compression.Applies(size))
        {
            return EncodeUncompressed(message, size);
        }

        var serialized = message.ToByteArray();
        using var output = new MemoryStream(PrefixLength + (size / 2) + 64);
        output.Write(stackalloc byte[PrefixLength]);
        compression.Compressor.Compress(serialized, output, compression.Level);
        var compressedSize = (int)output.Length - PrefixLength;
        if (compressedSize >= size)
        {
            // Incompressible data: the spec lets a sender choose not to compress any message.
            var plain = new byte[PrefixLength + size];
            WritePrefix(plain, 0, size);
            serialized.CopyTo(plain.AsSpan(PrefixLength));
            return plain;
        }

        var frame = output.ToArray();
        WritePrefix(frame, GrpcFrame.CompressedFlag, compressedSize);
        return frame;
    }

    /// <summary>Parses a frame's payload with <paramref name="parser"/>, refusing compressed frames.</summary>
    /// <exception cref="RpcException">INTERNAL when the frame is compressed (no <c>grpc-encoding</c> applies) or
    /// the bytes are not a valid message of the expected type.</exception>
    public static T ParseMessage<T>(GrpcFrame frame, MessageParser<T> parser)
        where T : IMessage<T> =>
        ParseMessage(frame, parser, encoding: null, int.MaxValue, StatusCode.Internal);

    /// <summary>
    /// Parses a frame's message with <paramref name="parser"/>, first decompressing it by the call's
    /// <paramref name="encoding"/> when its compressed flag is set (see <see cref="GrpcCompression.Decode"/>).
    /// </summary>
    /// <exception cref="RpcException">As <see cref="GrpcCompression.Decode"/>; INTERNAL when the bytes are not a
    /// valid message of the expected type.</exception>
    public static T ParseMessage<T>(GrpcFrame frame, MessageParser<T> parser, string? encoding, int maxMessageSize,
        StatusCode unsupportedEncodingStatus)
        where T : IMessage<T>
    {
        ArgumentNullException.ThrowIfNull(parser);
        var bytes = GrpcCompression.Decode(frame, encoding, maxMessageSize, unsupportedEncodingStatus);
        try
        {
            return parser.ParseFrom(bytes.Span);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new RpcException(new Status(StatusCode.Internal,
                $"Failed to parse the {typeof(T).Name} message: {ex.Message}"), ex);
        }
    }

    private static byte[] EncodeUncompressed(IMessage message, int size)
    {
        var frame = new byte[PrefixLength + size];
        WritePrefix(frame, 0, size);
        message.WriteTo(frame.AsSpan(PrefixLength));
        return frame;
    }

    private static int CheckSendSize(IMessage message, int maxMessageSize)
    {
        var size = message.CalculateSize();
        if (size > maxMessageSize)
        {
            throw new RpcException(StatusCode.ResourceExhausted,
                $"Sending message exceeds the maximum configured message size ({size} > {maxMessageSize} bytes).");
        }

        return size;
    }

    private static void WritePrefix(Span<byte> destination, byte flags, int length)
    {
        destination[0] = flags;
        BinaryPrimitives.WriteUInt32BigEndian(destination[1..], (uint)length);
    }
}
