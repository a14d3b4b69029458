using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace FletActors.Cluster.Tokens;

/// <summary>
/// Issues and checks resume tokens: HMAC-SHA256 of the session id under the <see cref="ClusterSecret"/>, in unpadded
/// URL-safe base64. Any node with the secret can check a token, so a client may resume through any node, and the
/// check needs no state. Comparison is constant-time.
/// </summary>
public sealed class ResumeTokens
{
    /// <summary>Characters in every token (32 bytes of HMAC-SHA256).</summary>
    public const int Length = 43;

    // Binds tokens to their purpose and version, so a MAC made for anything else under the same secret never passes.
    private static readonly byte[] Domain = "fletactors/resume-token/v1\n"u8.ToArray();

    private readonly ClusterSecret secret;

    /// <summary>Creates the issuer and checker for <paramref name="secret"/>.</summary>
    public ResumeTokens(ClusterSecret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        this.secret = secret;
    }

    /// <summary>The token of <paramref name="sessionId"/> under the current secret.</summary>
    public string Issue(string sessionId)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Sign(secret.CurrentKey, sessionId, mac);
        return Base64Url.EncodeToString(mac);
    }

    /// <summary>Checks <paramref name="token"/> for <paramref name="sessionId"/> under the current, then the previous, secret.</summary>
    public ResumeTokenVerdict Verify(string sessionId, string? token)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        if (string.IsNullOrEmpty(token))
        {
            return ResumeTokenVerdict.Missing;
        }

        Span<byte> presented = stackalloc byte[HMACSHA256.HashSizeInBytes + 2];
        // TryDecodeFromChars throws on characters outside the alphabet, so IsValid comes first.
        if (token.Length != Length || !Base64Url.IsValid(token, out var length) || length != HMACSHA256.HashSizeInBytes
            || !Base64Url.TryDecodeFromChars(token, presented, out var written)
            || written != HMACSHA256.HashSizeInBytes)
        {
            return ResumeTokenVerdict.Malformed;
        }

        presented = presented[..HMACSHA256.HashSizeInBytes];
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Sign(secret.CurrentKey, sessionId, expected);
        if (CryptographicOperations.FixedTimeEquals(presented, expected))
        {
            return ResumeTokenVerdict.Valid;
        }

        if (secret.PreviousKeyBytes is { } previous)
        {
            Sign(previous, sessionId, expected);
            if (CryptographicOperations.FixedTimeEquals(presented, expected))
            {
                return ResumeTokenVerdict.ValidUnderPreviousSecret;
            }
        }

        return ResumeTokenVerdict.Mismatch;
    }

    private static void Sign(byte[] key, string sessionId, Span<byte> mac)
    {
        var idBytes = Encoding.UTF8.GetByteCount(sessionId);
        var message = new byte[Domain.Length + idBytes];
        Domain.CopyTo(message, 0);
        Encoding.UTF8.GetBytes(sessionId, message.AsSpan(Domain.Length));
        HMACSHA256.HashData(key, message, mac);
    }
}
