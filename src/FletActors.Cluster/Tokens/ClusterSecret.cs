using System.Security.Cryptography;
using System.Text;

namespace FletActors.Cluster.Tokens;

/// <summary>
/// The key every node of a cluster shares to sign resume tokens, plus an optional previous key still accepted while
/// a rotation rolls through the nodes. Configured as <c>FletActors:Cluster:ClusterSecret</c> and
/// <c>FletActors:Cluster:PreviousClusterSecret</c>.
/// </summary>
public sealed class ClusterSecret
{
    /// <summary>Shortest accepted secret, in characters: 32 random characters carry well over 128 bits.</summary>
    public const int MinimumLength = 32;

    private const string Key = "FletActors:Cluster:ClusterSecret";
    private const string PreviousKey = "FletActors:Cluster:PreviousClusterSecret";

    /// <summary>
    /// Creates the secret. Throws <see cref="ArgumentException"/> naming the configuration key when
    /// <paramref name="current"/> is empty or short, or <paramref name="previous"/> is short or equal to it.
    /// </summary>
    public ClusterSecret(string current, string previous = "")
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        if (current.Length == 0)
        {
            throw new ArgumentException($"{Key} is empty: every node of a cluster needs the same secret to check resume tokens.", nameof(current));
        }

        RequireLength(current, Key, nameof(current));
        if (previous.Length > 0)
        {
            RequireLength(previous, PreviousKey, nameof(previous));
            if (previous == current)
            {
                throw new ArgumentException($"{PreviousKey} equals {Key}; leave it empty unless rotating.", nameof(previous));
            }
        }

        CurrentKey = Encoding.UTF8.GetBytes(current);
        PreviousKeyBytes = previous.Length == 0 ? null : Encoding.UTF8.GetBytes(previous);
    }

    /// <summary>True while a previous secret is still accepted.</summary>
    public bool HasPrevious => PreviousKeyBytes is not null;

    internal byte[] CurrentKey { get; }

    internal byte[]? PreviousKeyBytes { get; }

    /// <summary>
    /// A fresh random secret, for the embedded one-node cluster where no other node needs to share it; its tokens
    /// stop being valid when the process ends, as its sessions do.
    /// </summary>
    public static ClusterSecret CreateRandom() => new(Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumLength)));

    private static void RequireLength(string secret, string key, string parameter)
    {
        if (secret.Length < MinimumLength)
        {
            throw new ArgumentException($"{key} must be at least {MinimumLength} characters (got {secret.Length}).", parameter);
        }
    }
}
