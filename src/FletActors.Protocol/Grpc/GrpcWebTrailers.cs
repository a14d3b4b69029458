using System.Text;

namespace FletActors.Protocol;

/// <summary>
/// The gRPC-Web trailer frame: the trailers as an HTTP/1 header block (<c>name: value\r\n</c>, lower-case names)
/// inside a frame whose flag byte is 0x80, sent as the last frame of the response body.
/// </summary>
public static class GrpcWebTrailers
{
    /// <summary>Encodes trailers as a complete frame, prefix included.</summary>
    public static byte[] EncodeFrame(IEnumerable<KeyValuePair<string, string>> trailers)
    {
        ArgumentNullException.ThrowIfNull(trailers);
        var block = new StringBuilder();
        foreach (var (name, value) in trailers)
        {
            block.Append(name.ToLowerInvariant()).Append(": ").Append(value).Append("\r\n");
        }

        var payload = Encoding.ASCII.GetBytes(block.ToString());
        var frame = new byte[GrpcFrameCodec.PrefixLength + payload.Length];
        var writer = new FixedBufferWriter(frame);
        GrpcFrameCodec.WriteFrame(writer, GrpcFrame.TrailersFlag, payload);
        return frame;
    }

    /// <summary>Parses the payload of a trailer frame into name/value pairs (names lower-cased).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(ReadOnlySpan<byte> payload)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var line in Encoding.ASCII.GetString(payload).Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                result.Add(new(line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim()));
            }
        }

        return result;
    }

    private sealed class FixedBufferWriter(byte[] buffer) : System.Buffers.IBufferWriter<byte>
    {
        private int written;

        public void Advance(int count) => written += count;

        public Memory<byte> GetMemory(int sizeHint = 0) => buffer.AsMemory(written);

        public Span<byte> GetSpan(int sizeHint = 0) => buffer.AsSpan(written);
    }
}
