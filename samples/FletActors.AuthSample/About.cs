namespace FletActors.AuthSample;

/// <summary>A public page of the same host: no sign-in needed.</summary>
public static class About
{
    /// <summary>The app's main.</summary>
    public static void Main(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Title = "About";
        var who = page.User.Identity is { IsAuthenticated: true, Name: { } name } ? $"You are signed in as {name}." : "You are not signed in.";
        page.Add(new Text("This FletActors app needs no sign-in."));
        page.Add(new Text(who));
    }
}
