namespace FletActors.Samples.Apps;

/// <summary>A sync resize handler: prints the new page size and shows it on the page.</summary>
public static class ResizeReporter
{
    public static void Main(Page page)
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
}
