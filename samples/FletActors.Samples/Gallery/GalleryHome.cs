namespace FletActors.Samples.Gallery;

/// <summary>The start page: a card per sample app, each opening the app in its own page session.</summary>
public static class GalleryHome
{
    /// <summary>The apps the gallery lists, in order: URL name, title, what it shows, icon.</summary>
    public static IReadOnlyList<(string Name, string Title, string Description, IconName Icon)> Entries { get; } =
    [
        ("counter", "Counter", "Flet's first example: a number and two buttons.", Icons.Add),
        ("todo", "To-do", "Add, edit, complete and filter tasks.", Icons.Check),
        ("chat", "Chat", "Open it in two tabs: messages travel over PubSub between sessions.", Icons.Chat),
        ("routing", "Routing", "Views follow the route; the back button pops them.", Icons.Home),
        ("hello-async", "Hello, async world", "An async main that adds a line after a second.", Icons.PlayArrow),
        ("delayed-hello", "Say hello with delay", "Quick clicks interleave: each says hello a second later.", Icons.Send),
        ("countdown", "Countdown", "Self-updating controls driven by Page.RunTask.", Icons.Refresh),
        ("resize", "Resize", "Page.OnResize reports the window's new size.", Icons.Settings),
        ("hover", "Hover and long press", "Container.OnHover and OnLongPress: boxes light up and pin.", Icons.Star),
        ("keyboard", "Keyboard", "Page.OnKeyboardEvent shows the last key pressed with its modifiers.", Icons.Edit),
        ("errors", "Client errors", "Page.OnError receives the client's own errors.", Icons.Info),
    ];

    public static void Main(Page page)
    {
        page.Title = "FletActors gallery";
        page.AppBar = new AppBar { Title = new Text("FletActors gallery") };
        var grid = new GridView { MaxExtent = 360, Spacing = 16, RunSpacing = 16, ChildAspectRatio = 2.6, Expand = 1 };
        foreach (var (name, title, description, icon) in Entries)
        {
            grid.Controls.Add(new Card(new Container(new Column(
                new Row(new Icon(icon) { Color = Colors.Primary }, new Text(title) { Size = 18, Weight = FontWeight.Bold }),
                new Text(description) { Color = Colors.OnSurfaceVariant },
                new Row(new FilledButton("Open") { Key = name, OnClick = _ => page.LaunchUrl($"/apps/{name}") }) { Alignment = MainAxisAlignment.End })
            {
                Spacing = 8,
            })
            {
                Padding = Padding.All(16),
            }));
        }

        page.Add(new Text("Each app below is a plain FletApp main; every tab you open is its own page session.") { Color = Colors.OnSurfaceVariant }, grid);
    }
}
