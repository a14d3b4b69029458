using System.Security.Cryptography;
using System.Text;

namespace FletActors.Sessions;

/// <summary>
/// A session's public id and its secret resume token: independent random values (128 and 256 bits), URL-safe
/// base64 without padding. Only a hash of the token is kept for checks, compared in constant time.
/// </summary>
internal sealed class SessionCredentials
{
    private const int IdBytes = 16;
    private const int TokenBytes = 32;

    private readonly byte[] tokenHash;

    private SessionCredentials(string sessionId, string resumeToken)
    {
        SessionId = sessionId;
        ResumeToken = resumeToken;
        tokenHash = Hash(resumeToken);
    }

    public string SessionId { get; }

    public string ResumeToken { get; }

    public static SessionCredentials Create() =>
        new(Base64Url(RandomNumberGenerator.GetBytes(IdBytes)), Base64Url(RandomNumberGenerator.GetBytes(TokenBytes)));

    /// <summary>Credentials made elsewhere (a cluster's id scheme and signed tokens).</summary>
    public static SessionCredentials Of(string sessionId, string resumeToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentException.ThrowIfNullOrEmpty(resumeToken);
        return new(sessionId, resumeToken);
    }

    /// <summary>True when <paramref name="resumeToken"/> is this session's token; time does not depend on where they differ.</summary>
    public bool Matches(string? resumeToken) =>
        resumeToken is not null && CryptographicOperations.FixedTimeEquals(Hash(resumeToken), tokenHash);

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
