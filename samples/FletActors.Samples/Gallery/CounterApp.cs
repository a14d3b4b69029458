using System.Globalization;

namespace FletActors.Samples.Gallery;

/// <summary>Flet's first example: a number between a minus and a plus button.</summary>
public static class CounterApp
{
    public static void Main(Page page)
    {
        page.Title = "Counter";
        var number = new TextField { Value = "0", TextAlign = TextAlign.Right, Width = 100 };

        void Step(int delta)
        {
            var current = int.TryParse(number.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
            number.Value = (current + delta).ToString(CultureInfo.InvariantCulture);
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
