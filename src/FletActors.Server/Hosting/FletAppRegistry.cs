using FletActors.Sessions;
using Microsoft.AspNetCore.Builder;

namespace FletActors.Server.Hosting;

/// <summary>
/// The apps of one host, collected as they are mapped (<c>MapFlet</c>, <c>FletAppBuilder.AddApp</c>) and frozen into
/// the session manager's <see cref="AppCatalog"/> when the host starts; mapping after that is refused.
/// </summary>
internal sealed class FletAppRegistry
{
    private readonly Dictionary<string, FletMappedApp> apps = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private string? defaultApp;
    private AppCatalog? catalog;

    /// <summary>Adds an app; the first one added is the default unless <see cref="UseDefault"/> says otherwise.</summary>
    public FletMappedApp Add(string name, Func<Page, Task> main, IReadOnlyList<Action<EndpointBuilder>> conventions)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(main);
        lock (gate)
        {
            if (catalog is not null)
            {
                throw new InvalidOperationException($"App '{name}' is mapped after the host started; map every app before it starts.");
            }

            var app = new FletMappedApp(name, main, conventions);
            if (!apps.TryAdd(name, app))
            {
                throw new ArgumentException($"An app named '{name}' is already mapped.", nameof(name));
            }

            defaultApp ??= name;
            return app;
        }
    }

    /// <summary>Makes <paramref name="name"/> the app a client gets when it names none.</summary>
    public void UseDefault(string name)
    {
        lock (gate)
        {
            defaultApp = name;
        }
    }

    /// <summary>The app a client's <c>Register.app</c> selects (the default for an empty name), or null.</summary>
    public FletMappedApp? Find(string name)
    {
        lock (gate)
        {
            var resolved = name.Length == 0 ? defaultApp : name;
            return resolved is not null && apps.TryGetValue(resolved, out var app) ? app : null;
        }
    }

    /// <summary>Freezes the apps into the catalog sessions start from.</summary>
    /// <exception cref="InvalidOperationException">No app was mapped.</exception>
    public AppCatalog Freeze()
    {
        lock (gate)
        {
            if (catalog is not null)
            {
                return catalog;
            }

            if (apps.Count == 0)
            {
                throw new InvalidOperationException(
                    "FletActors was added but serves no app: map one with app.MapFlet(\"/path\", main) before the host starts.");
            }

            catalog = new AppCatalog(apps.ToDictionary(a => a.Key, a => a.Value.Main, StringComparer.Ordinal), defaultApp!);
            return catalog;
        }
    }
}
