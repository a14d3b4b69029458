namespace FletActors.Samples.Apps;

/// <summary>Flet's first async example: an async Main that waits a second, then greets.</summary>
public static class HelloAsync
{
    public static async Task Main(Page page)
    {
        await Task.Delay(TimeSpan.FromSeconds(1), page.TimeProvider);
        page.Add(new Text("Hello, async world!"));
    }
}
