using System.Collections.Concurrent;
using System.Globalization;

namespace FletActors.Client.Tests.Support;

/// <summary>
/// An app whose button records the data of every click its handler ran, in order, so a test can tell a click that
/// ran twice or not at all; the page shows the count.
/// </summary>
internal sealed class ClickLedgerApp
{
    public const string ButtonText = "record";

    private readonly ConcurrentQueue<string> clicks = new();
    private readonly TaskCompletionSource firstClose = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The data of every click handled, in the order the handlers ran.</summary>
    public IReadOnlyList<string> Clicks => [.. clicks];

    /// <summary>Completes when the first session of this app closes (its OnClose ran).</summary>
    public Task FirstSessionClosed => firstClose.Task;

    public static string Label(int count) => $"clicks: {count.ToString(CultureInfo.InvariantCulture)}";

    public void Main(Page page)
    {
        page.OnClose = _ => firstClose.TrySetResult();
        var count = new Text(Label(0));
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
