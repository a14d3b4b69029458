using System.Buffers.Binary;
using System.Text;
using Google.Protobuf;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// The gRPC length-prefixed message framing written and read by hand (a flags byte, a big-endian length, the
/// payload), for bodies no well-behaved client sends and for checking bytes the server put on the wire.
/// </summary>
public static class WireFrames
{
    public const int PrefixLength = 5;
    public const byte CompressedFlag = 0x01;
    public const byte TrailersFlag = 0x80;

    public static byte[] Frame(IMessage message) => Frame(0, message.ToByteArray());

    public static byte[] Frame(byte flags, ReadOnlySpan<byte> payload)
    {
        var frame = new byte[PrefixLength + payload.Length];
        frame[0] = flags;
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1), payload.Length);
        payload.CopyTo(frame.AsSpan(PrefixLength));
        return frame;
    }

    /// <summary>A frame prefix announcing <paramref name="length"/> bytes, with none following.</summary>
    public static byte[] Prefix(int length)
    {
        var prefix = new byte[PrefixLength];
        BinaryPrimitives.WriteInt32BigEndian(prefix.AsSpan(1), length);
        return prefix;
    }

    /// <summary>Splits a binary body into its frames; fails when bytes are left over.</summary>
    public static List<WireFrame> Split(ReadOnlySpan<byte> body)
    {
        var frames = new List<WireFrame>();
        while (TryTake(ref body, out var frame))
        {
            frames.Add(frame);
        }

        if (!body.IsEmpty)
        {
            throw new InvalidDataException($"{body.Length} byte(s) after the last whole frame.");
        }

        return frames;
    }

    /// <summary>Takes one whole frame off the front of <paramref name="buffer"/>, if it holds one.</summary>
    public static bool TryTake(ref ReadOnlySpan<byte> buffer, out WireFrame frame)
    {
        frame = default;
        if (buffer.Length < PrefixLength)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(buffer[1..]);
        if (buffer.Length < PrefixLength + length)
        {
            return false;
        }

        frame = new WireFrame(buffer[0], buffer.Slice(PrefixLength, length).ToArray());
        buffer = buffer[(PrefixLength + length)..];
        return true;
    }

    /// <summary>
    /// Decodes a grpc-web-text body: base64 in groups of four characters, where a writer may pad at the end of every
    /// flush, so each group is decoded on its own. <paramref name="pending"/> keeps an incomplete group between calls.
    /// </summary>
    public static void DecodeText(ReadOnlySpan<byte> ascii, StringBuilder pending, Stream output)
    {
        foreach (var c in ascii)
        {
            if (char.IsWhiteSpace((char)c))
            {
                continue;
            }

            pending.Append((char)c);
            if (pending.Length == 4)
            {
                output.Write(Convert.FromBase64String(pending.ToString()));
                pending.Clear();
            }
        }
    }

    /// <summary>The frames of a whole grpc-web-text body.</summary>
    public static List<WireFrame> SplitText(byte[] body)
    {
        var pending = new StringBuilder();
        using var binary = new MemoryStream();
        DecodeText(body, pending, binary);
        if (pending.Length != 0)
        {
            throw new InvalidDataException("The grpc-web-text body ends inside a base64 group.");
        }

        return Split(binary.ToArray());
    }

    /// <summary>The HTTP/1-style header lines of a gRPC-Web trailer frame, names lower-cased.</summary>
    public static Dictionary<string, string> Trailers(ReadOnlySpan<byte> payload)
    {
        var trailers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Encoding.ASCII.GetString(payload).Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            trailers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }

        return trailers;
    }
}
