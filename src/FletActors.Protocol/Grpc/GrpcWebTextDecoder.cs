using System.Buffers;
using System.Buffers.Text;

namespace FletActors.Protocol;

/// <summary>
/// Incremental decoder for <c>application/grpc-web-text</c> bodies: base64 that may arrive in arbitrary chunks and
/// may carry padding in the middle of the stream (each flush of the peer is padded on its own).
/// </summary>
public sealed class GrpcWebTextDecoder
{
    private readonly byte[] pending = new byte[4];
    private int pendingCount;

    /// <summary>Whether input ended inside a four-character group (a truncated body).</summary>
    public bool HasPartialGroup => pendingCount != 0;

    /// <summary>Decodes <paramref name="base64"/> (ASCII) and appends the bytes to <paramref name="output"/>.</summary>
    /// <exception cref="FormatException">The input is not base64.</exception>
    public void Decode(ReadOnlySpan<byte> base64, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var c in base64)
        {
            if (c is (byte)'\r' or (byte)'\n' or (byte)' ')
            {
                continue;
            }

            pending[pendingCount++] = c;
            if (pendingCount == 4)
            {
                var span = output.GetSpan(3);
                var status = Base64.DecodeFromUtf8(pending, span, out _, out var written);
                if (status != OperationStatus.Done)
                {
                    throw new FormatException("The grpc-web-text body is not valid base64.");
                }

                output.Advance(written);
                pendingCount = 0;
            }
        }
    }

    /// <summary>Encodes bytes as base64 (ASCII) for a grpc-web-text response chunk.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> data)
    {
        var encoded = new byte[Base64.GetMaxEncodedToUtf8Length(data.Length)];
        Base64.EncodeToUtf8(data, encoded, out _, out var written);
        return encoded.AsSpan(0, written).ToArray();
    }
}
