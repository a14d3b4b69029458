using System.Globalization;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// A hello app whose clicks are numbered and held at a gate the test opens: a click shows "Working n" at once, and
/// "Hello! n" only after <see cref="Release"/>, so a test can make batches appear while the client is away. The app
/// reports its connect, disconnect and close events.
/// </summary>
public sealed class GatedCounterApp
{
    public const string ButtonText = HelloApp.ButtonText;

    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int hellos;
    private int disconnects;
    private int connects;

    public int Hellos => Volatile.Read(ref hellos);

    public int Disconnects => Volatile.Read(ref disconnects);

    public int Connects => Volatile.Read(ref connects);

    public Task Closed => closed.Task;

    public static string Working(int n) => string.Create(CultureInfo.InvariantCulture, $"Working {n}");

    public static string Hello(int n) => string.Create(CultureInfo.InvariantCulture, $"Hello! {n}");

    public void Release() => gate.TrySetResult();

    public void Main(Page page)
    {
        var clicks = 0;
        page.OnConnect = _ => Interlocked.Increment(ref connects);
        page.OnDisconnect = _ => Interlocked.Increment(ref disconnects);
        page.OnClose = _ => closed.TrySetResult();
        page.Add(new ElevatedButton(ButtonText)
        {
            OnClick = async e =>
            {
                var n = ++clicks;
                page.Add(new Text(Working(n)));
                await gate.Task;
                page.Add(new Text(Hello(n)));
                Interlocked.Increment(ref hellos);
            },
        });
    }
}
