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
        page.Add(new Container(new Text($"Hello, {name}!") { Size = 24, Color = Colors.OnPrimaryContainer })
        {
            // A speech bubble: the corner it speaks from stays square, and the text sits a little off that side.
            BorderRadius = BorderRadius.Only(topLeft: 16, topRight: 16, bottomRight: 16),
            Padding = Padding.Only(left: 20, top: 8, right: 16, bottom: 8),
            BgColor = Colors.PrimaryContainer,
        });
        if (page.Headers.TryGetValue(AuthSampleApp.LanguageHeader, out var languages))
        {
            page.Add(new Text($"Your browser asked for: {languages}"));
        }
    }
}
