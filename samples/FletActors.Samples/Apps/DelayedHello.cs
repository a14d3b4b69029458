namespace FletActors.Samples.Apps;

/// <summary>
/// An async click handler: each click says "Hello!" a second later. Two quick clicks give two greetings about a
/// second after each click, because the handlers interleave at their awaits instead of queueing behind each other.
/// </summary>
public static class DelayedHello
{
    public static void Main(Page page)
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
}
