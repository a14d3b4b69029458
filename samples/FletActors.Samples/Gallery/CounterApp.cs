using System.Globalization;

namespace FletActors.Samples.Gallery;

/// <summary>
/// Flet's first example: a number between a minus and a plus button. The number is also kept in
/// <see cref="Page.Session"/>, so when the session's node is lost and the app starts again on another node, the
/// count goes on from where it was.
/// </summary>
public static class CounterApp
{
    /// <summary>The <see cref="Page.Session"/> key of the count.</summary>
    public const string CountKey = "count";

    public static void Main(Page page)
    {
        page.Title = "Counter";
        var start = page.Session.TryGet<int>(CountKey, out var kept) ? kept : 0;
        var number = new TextField { Value = start.ToString(CultureInfo.InvariantCulture), TextAlign = TextAlign.Right, Width = 100 };

        void Step(int delta)
        {
            var current = int.TryParse(number.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
            number.Value = (current + delta).ToString(CultureInfo.InvariantCulture);
            page.Session.Set(CountKey, current + delta);
        }

        page.Add(new Row(
            new IconButton(Icons.Remove) { Tooltip = "Decrement", OnClick = _ => Step(-1) },
            number,
            new IconButton(Icons.Add) { Tooltip = "Increment", OnClick = _ => Step(+1) })
        {
            Alignment = MainAxisAlignment.Center,
        });
    }
}
