namespace FletActors.Server.Tests.Samples;

/// <summary>
/// The seed examples exactly as samples/FletActors.Samples/Apps has them (HelloAsync, DelayedHello, ResizeReporter,
/// ErrorReporter, Countdowns), compiled into the tests because this project does not reference the samples project.
/// </summary>
internal static class SeedExamples
{
    public static async Task HelloAsync(Page page)
    {
        await Task.Delay(TimeSpan.FromSeconds(1), page.TimeProvider);
        page.Add(new Text("Hello, async world!"));
    }

    public static void DelayedHello(Page page)
    {
        page.Add(new ElevatedButton("Say hello with delay!")
        {
            OnClick = async _ =>
            {
                await Task.Delay(TimeSpan.FromSeconds(1), page.TimeProvider);
                page.Add(new Text("Hello!"));
            },
        });
    }

    public static void ResizeReporter(Page page)
    {
        var size = new Text("Resize the window to see its new size.");
        page.OnResize = _ =>
        {
            var text = FormattableString.Invariant($"New page size: {page.Window.Width} x {page.Window.Height}");
            Console.WriteLine(text);
            size.Value = text;
        };
        page.Add(size);
    }

    public static void ErrorReporter(Page page)
    {
        var last = new Text("No client errors so far.");
        page.OnError = e => last.Value = Print($"Page error: {e.Data}");
        page.Add(last);
    }

    public static void Countdowns(Page page)
    {
        page.Add(
            new Countdown(120),
            new Countdown(60),
            new ElevatedButton("Remove a countdown")
            {
                OnClick = _ =>
                {
                    if (page.Controls.OfType<Countdown>().FirstOrDefault() is { } first)
                    {
                        page.Remove(first);
                    }
                },
            });
    }

    private static string Print(string line)
    {
        Console.WriteLine(line);
        return line;
    }
}
