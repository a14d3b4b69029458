namespace FletActors.Samples.Apps;

/// <summary>Two countdowns side by side, and a button that removes the first one still on the page.</summary>
public static class Countdowns
{
    public static void Main(Page page)
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
}
