using System.Collections.Concurrent;
using System.Globalization;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// An app whose button records the data of every click its handler ran, in order, so a test can tell a click that
/// ran twice or not at all; the page shows the count.
/// </summary>
public sealed class ClickLedgerApp
{
    public const string ButtonText = "record";

    private readonly ConcurrentQueue<string> clicks = new();

    /// <summary>The data of every click handled, in the order the handlers ran.</summary>
    public IReadOnlyList<string> Clicks => [.. clicks];

    public int Count => clicks.Count;

    public static string Label(int n) => n.ToString(CultureInfo.InvariantCulture);

    public void Main(Page page)
    {
        var count = new Text("0");
        page.Add(count, new ElevatedButton(ButtonText)
        {
            OnClick = e =>
            {
                clicks.Enqueue(e.Data);
                count.Value = Label(clicks.Count);
            },
        });
    }
}
