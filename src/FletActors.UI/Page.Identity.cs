using System.Collections.Frozen;
using System.Security.Claims;

namespace FletActors;

// Who the session is for, as the host captured it when the session started.
public sealed partial class Page
{
    /// <summary>
    /// The user the session was started for, as the host's authentication made them (<c>User.Identity.Name</c>, claims);
    /// an unauthenticated principal when the host signs in nobody. Fixed for the session's life: a resume must come
    /// from the same user.
    /// </summary>
    public ClaimsPrincipal User { get; private set; } = new(new ClaimsIdentity());

    /// <summary>
    /// The request headers the host chose to capture (<c>FletActors:CapturedHeaders</c>) from the call that started
    /// the session, by name, case-insensitively; a header sent several times has its values joined by ", ".
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers { get; private set; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Takes the identity the host captured, before Main runs.</summary>
    internal void ApplyIdentity(ClaimsPrincipal user, IReadOnlyDictionary<string, string> headers)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(headers);
        User = user;
        Headers = headers;
    }
}
