using System.Text;

namespace FletActors.Protocol;

/// <summary>
/// Percent-encoding of <c>grpc-message</c>: UTF-8, then every byte outside space..tilde, and '%' itself, becomes
/// <c>%XX</c>.
/// </summary>
public static class GrpcStatusMessage
{
    /// <summary>Encodes a status detail for the <c>grpc-message</c> header.</summary>
    public static string Encode(string detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        if (!NeedsEncoding(detail))
        {
            return detail;
        }

        var bytes = Encoding.UTF8.GetBytes(detail);
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (IsUnreserved(b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(HexDigit(b >> 4)).Append(HexDigit(b & 0xF));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Decodes a <c>grpc-message</c> value. Never fails: a malformed escape is kept as it is, and bytes that are not
    /// valid UTF-8 become the replacement character.
    /// </summary>
    public static string Decode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Contains('%', StringComparison.Ordinal))
        {
            return value;
        }

        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && TryHex(value[i + 1], out var hi) && TryHex(value[i + 2], out var lo))
            {
                bytes.Add((byte)((hi << 4) | lo));
                i += 2;
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool NeedsEncoding(string detail)
    {
        foreach (var c in detail)
        {
            if (c is < ' ' or > '~' or '%')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnreserved(byte b) => b is >= 0x20 and <= 0x7E and not (byte)'%';

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);

    private static bool TryHex(char c, out int value)
    {
        value = c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'A' and <= 'F' => c - 'A' + 10,
            >= 'a' and <= 'f' => c - 'a' + 10,
            _ => -1,
        };
        return value >= 0;
    }
}
