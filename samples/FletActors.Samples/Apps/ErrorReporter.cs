namespace FletActors.Samples.Apps;

/// <summary>A one-line error handler, as in Flet: errors the client reports are printed and shown on the page.</summary>
public static class ErrorReporter
{
    public static void Main(Page page)
    {
        var last = new Text("No client errors so far.");
        page.OnError = e => last.Value = Print($"Page error: {e.Message}");
        page.Add(last);
    }

    private static string Print(string line)
    {
        Console.WriteLine(line);
        return line;
    }
}
