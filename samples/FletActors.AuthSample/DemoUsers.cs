using System.Security.Cryptography;
using System.Text;

namespace FletActors.AuthSample;

/// <summary>
/// The users this demo signs in, from configuration (<c>AuthSample:Users:&lt;name&gt;=&lt;password&gt;</c>); one demo
/// user, <c>ada</c> with password <c>lovelace</c>, when none is configured.
/// </summary>
public sealed class DemoUsers
{
    private readonly Dictionary<string, byte[]> passwordHashes;

    private DemoUsers(Dictionary<string, byte[]> passwordHashes) => this.passwordHashes = passwordHashes;

    /// <summary>Reads the users from <paramref name="configuration"/>.</summary>
    public static DemoUsers From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var users = configuration.GetSection("AuthSample:Users").GetChildren()
            .Where(u => !string.IsNullOrEmpty(u.Value))
            .ToDictionary(u => u.Key, u => Hash(u.Value!), StringComparer.Ordinal);
        if (users.Count == 0)
        {
            users["ada"] = Hash("lovelace");
        }

        return new DemoUsers(users);
    }

    /// <summary>Whether <paramref name="password"/> is <paramref name="name"/>'s; the time taken does not tell how close it was.</summary>
    public bool Check(string name, string password) =>
        passwordHashes.TryGetValue(name, out var expected) && CryptographicOperations.FixedTimeEquals(Hash(password), expected);

    private static byte[] Hash(string password) => SHA256.HashData(Encoding.UTF8.GetBytes(password));
}
