using System.Collections.Frozen;

namespace FletActors.Sessions;

/// <summary>
/// The apps a server hosts, by name. <c>Register.app</c> picks one; an empty name picks the default app.
/// Every main is normalised to the async shape: a sync main is an async main that completes at once.
/// </summary>
internal sealed class AppCatalog
{
    private readonly FrozenDictionary<string, Func<Page, Task>> apps;

    public AppCatalog(IReadOnlyDictionary<string, Func<Page, Task>> apps, string defaultApp)
    {
        ArgumentNullException.ThrowIfNull(apps);
        if (apps.Count == 0)
        {
            throw new ArgumentException("A server needs at least one app.", nameof(apps));
        }

        if (!apps.ContainsKey(defaultApp))
        {
            throw new ArgumentException($"The default app '{defaultApp}' is not among the apps.", nameof(defaultApp));
        }

        this.apps = apps.ToFrozenDictionary(StringComparer.Ordinal);
        DefaultApp = defaultApp;
    }

    /// <summary>The app an empty name selects.</summary>
    public string DefaultApp { get; }

    /// <summary>The names of every app, default first.</summary>
    public IEnumerable<string> Names => apps.Keys.OrderBy(n => n == DefaultApp ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal);

    /// <summary>A catalog holding one app under the name <c>main</c>.</summary>
    public static AppCatalog Single(Func<Page, Task> main) => new(new Dictionary<string, Func<Page, Task>> { ["main"] = main }, "main");

    /// <summary>Finds the main of <paramref name="name"/> (the default app for an empty name).</summary>
    public bool TryGet(string name, out string resolvedName, out Func<Page, Task> main)
    {
        resolvedName = name.Length == 0 ? DefaultApp : name;
        return apps.TryGetValue(resolvedName, out main!);
    }
}
