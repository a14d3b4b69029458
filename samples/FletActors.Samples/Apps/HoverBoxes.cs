namespace FletActors.Samples.Apps;

/// <summary>
/// Containers that light up while the pointer is over them (<see cref="Container.OnHover"/>) and pin their colour
/// when pressed and held (<see cref="Container.OnLongPress"/>), as Flet's container hover example.
/// </summary>
public static class HoverBoxes
{
    public static void Main(Page page)
    {
        var status = new Text("Point at a box; press and hold one to pin it.");
        var pinned = new HashSet<Container>();

        Container Box(string name)
        {
            var box = new Container(new Text(name))
            {
                Width = 120,
                Height = 80,
                Alignment = Alignment.Center,
                BorderRadius = 8,
                BgColor = Colors.Amber100,
            };
            box.OnHover = e =>
            {
                if (!pinned.Contains(e.Control))
                {
                    e.Control.BgColor = e.IsHovering ? Colors.Amber400 : Colors.Amber100;
                }

                status.Value = e.IsHovering ? $"Over {name}" : $"Left {name}";
            };
            box.OnLongPress = e =>
            {
                var pin = pinned.Add(e.Control);
                if (!pin)
                {
                    pinned.Remove(e.Control);
                }

                e.Control.BgColor = pin ? Colors.Teal300 : Colors.Amber400;
                status.Value = pin ? $"Pinned {name}" : $"Unpinned {name}";
            };
            return box;
        }

        page.Add(new Row(Box("Box 1"), Box("Box 2"), Box("Box 3")) { Spacing = 16 }, status);
    }
}
