namespace FletActors.AuthSample;

/// <summary>Greets the signed-in user by name, in the language their browser asked for when it could tell.</summary>
public static class Greeter
{
    /// <summary>The app's main: the page knows its user from the call that started the session.</summary>
    public static void Main(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Title = "Greeter";
        var name = page.User.Identity?.Name ?? "stranger";
        page.Add(new Text($"Hello, {name}!") { Size = 24 });
        if (page.Headers.TryGetValue(AuthSampleApp.LanguageHeader, out var languages))
        {
            page.Add(new Text($"Your browser asked for: {languages}"));
        }
    }
}
