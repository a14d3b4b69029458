using System.Collections.Frozen;
using System.Security.Claims;

namespace FletActors.Sessions;

/// <summary>
/// Who a session was started for: the caller's user and the request headers the host chose to capture. Captured
/// once, when the session starts; a resume must come from the same user (<see cref="Key"/>).
/// </summary>
internal sealed class SessionIdentity
{
    private SessionIdentity(ClaimsPrincipal user, IReadOnlyDictionary<string, string> headers)
    {
        User = user;
        Headers = headers;
        Key = KeyOf(user);
    }

    /// <summary>No signed-in user and no headers: what a session gets when its host authenticates nobody.</summary>
    public static SessionIdentity Anonymous { get; } =
        new(new ClaimsPrincipal(new ClaimsIdentity()), FrozenDictionary<string, string>.Empty);

    /// <summary>The caller's user, as authentication made it.</summary>
    public ClaimsPrincipal User { get; }

    /// <summary>The captured request headers by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>What identifies the user across calls; empty for an anonymous caller.</summary>
    public string Key { get; }

    public static SessionIdentity Of(ClaimsPrincipal user, IEnumerable<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(headers);
        return new(user, headers.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The user's stable id (the name identifier, else the <c>sub</c> claim, else the name) under its authentication
    /// type, so that a cookie user and a bearer user who happen to share a name are not taken for each other; empty
    /// when nobody is signed in.
    /// </summary>
    public static string KeyOf(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true } identity)
        {
            return string.Empty;
        }

        var id = user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst("sub")?.Value ?? identity.Name ?? string.Empty;
        return $"{identity.AuthenticationType}\n{id}";
    }
}
