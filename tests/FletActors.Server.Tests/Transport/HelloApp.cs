namespace FletActors.Server.Tests.Transport;

/// <summary>
/// The seed example "Say hello with delay!": a button whose async click handler waits, then adds "Hello!". The
/// delay runs on the page's clock and is short, so tests stay quick.
/// </summary>
public static class HelloApp
{
    public const string ButtonText = "Say hello with delay!";
    public const string HelloText = "Hello!";

    public static readonly TimeSpan DefaultDelay = TimeSpan.FromMilliseconds(20);

    public static Action<Page> Create(TimeSpan delay) => page =>
    {
        page.Title = "Hello";
        page.Add(new ElevatedButton(ButtonText)
        {
            OnClick = async e =>
            {
                await Task.Delay(delay, page.TimeProvider);
                page.Add(new Text(HelloText));
            },
        });
    };
}
