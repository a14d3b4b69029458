using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace FletActors.Web.Tests.Support;

/// <summary>
/// One browser tab showing a FletActors app, with waits that explain themselves: when one fails, the message holds
/// what was awaited, the page's text, a screenshot path, the browser console and the server's log.
/// </summary>
public sealed class AppTab : IAsyncDisposable
{
    private const int ConsoleKept = 100;
    private const int PageTextShown = 4000;

    private readonly ConcurrentQueue<string> console = new();
    private readonly Func<IEnumerable<string>> serverLog;
    private readonly bool ownsContext;

    private AppTab(IBrowserContext context, IPage page, Func<IEnumerable<string>> serverLog, bool ownsContext)
    {
        Context = context;
        Page = page;
        this.serverLog = serverLog;
        this.ownsContext = ownsContext;
        page.Console += (_, message) => Remember($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => Remember($"pageerror: {error}");
    }

    /// <summary>The browser context (one per test, so tabs of different tests share no storage).</summary>
    public IBrowserContext Context { get; }

    /// <summary>The Playwright page of this tab.</summary>
    public IPage Page { get; }

    /// <summary>The connection indicator of the web client ("Reconnecting…" while the server is out of reach).</summary>
    public ILocator Status => Page.Locator("#fa-status");

    /// <summary>Opens <paramref name="url"/> in a new tab of <paramref name="context"/>, recording text changes from the start.</summary>
    internal static Task<AppTab> OpenAsync(IBrowserContext context, Uri url, LogRecorder serverLog, bool ownsContext) =>
        OpenAsync(context, url, () => serverLog.Entries, ownsContext);

    /// <summary>
    /// Opens <paramref name="url"/> in a new tab of <paramref name="context"/>; failure messages show the latest of
    /// what <paramref name="serverLog"/> returns.
    /// </summary>
    internal static async Task<AppTab> OpenAsync(IBrowserContext context, Uri url, Func<IEnumerable<string>> serverLog, bool ownsContext)
    {
        var page = await context.NewPageAsync();
        var tab = new AppTab(context, page, serverLog, ownsContext);
        await page.AddInitScriptAsync(TextTimeline.InitScript);
        IResponse? response = null;
        string? failure = null;
        try
        {
            response = await page.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = Deadlines.PageReadyMs });
        }
        catch (PlaywrightException e)
        {
            failure = e.Message;
        }

        if (failure is not null || response is { Ok: false })
        {
            Assert.Fail(await tab.DescribeAsync($"{url} loads", failure ?? $"HTTP {response!.Status} {response.StatusText}"));
        }

        return tab;
    }

    /// <summary>Opens another tab in the same browser context (its own page session: sessions live per tab).</summary>
    public Task<AppTab> OpenSiblingAsync(Uri url) => OpenAsync(Context, url, serverLog, ownsContext: false);

    /// <summary>Awaits a Playwright expectation; on failure, fails the test with everything needed to see why.</summary>
    public async Task ExpectAsync(string what, Func<Task> expectation)
    {
        ArgumentNullException.ThrowIfNull(expectation);
        try
        {
            await expectation();
        }
        catch (PlaywrightException e)
        {
            Assert.Fail(await DescribeAsync(what, e.Message));
        }
    }

    /// <summary>Fails the test unless <paramref name="condition"/> holds, with the same diagnostics as a failed wait.</summary>
    public async Task AssertAsync(bool condition, string what, string? details = null)
    {
        if (!condition)
        {
            Assert.Fail(await DescribeAsync(what, details));
        }
    }

    /// <summary>Saves a screenshot of the whole page to test-output/screenshots/&lt;name&gt;.png and returns its path.</summary>
    public async Task<string> SaveScreenshotAsync(string name)
    {
        var path = Path.Combine(ArtifactPaths.Screenshots, $"{ArtifactPaths.FileNameOf(name)}.png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    /// <summary>The session id this tab keeps for <paramref name="app"/> (sessionStorage), or null before the first connect.</summary>
    public async Task<string?> StoredSessionIdAsync(string app)
    {
        var raw = await Page.EvaluateAsync<string?>("key => sessionStorage.getItem(key)", $"fletactors.session:{app}");
        if (raw is null)
        {
            return null;
        }

        using var json = JsonDocument.Parse(raw);
        return json.RootElement.TryGetProperty("sessionId", out var id) ? id.GetString() : null;
    }

    /// <summary>A failure message: what was awaited, why it failed, the page's text, a screenshot, console and server logs.</summary>
    public async Task<string> DescribeAsync(string what, string? reason = null)
    {
        var message = new StringBuilder();
        message.Append("Expected: ").AppendLine(what);
        if (!string.IsNullOrWhiteSpace(reason))
        {
            message.Append("Failure: ").AppendLine(reason.Trim());
        }

        message.Append("URL: ").AppendLine(Page.Url);
        message.Append("Screenshot: ").AppendLine(await TryFailureScreenshotAsync(what));
        message.AppendLine("Page text:").AppendLine(Indent(await TryPageTextAsync()));
        message.AppendLine("Browser console (latest last):").AppendLine(Indent(string.Join("\n", console)));
        message.AppendLine("Server log (latest last):").AppendLine(Indent(string.Join("\n", serverLog().TakeLast(30))));
        return message.ToString();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (ownsContext)
        {
            await Context.CloseAsync();
        }
        else
        {
            await Page.CloseAsync();
        }
    }

    private void Remember(string line)
    {
        console.Enqueue(line);
        while (console.Count > ConsoleKept && console.TryDequeue(out _))
        {
        }
    }

    private async Task<string> TryFailureScreenshotAsync(string what)
    {
        var path = Path.Combine(ArtifactPaths.Failures, $"{DateTime.UtcNow:HHmmss-fff}-{ArtifactPaths.FileNameOf(what)}.png");
        try
        {
            await Page.ScreenshotAsync(new() { Path = path, FullPage = true, Timeout = 5000 });
            return path;
        }
        catch (PlaywrightException e)
        {
            return $"(none: {e.Message})";
        }
    }

    private async Task<string> TryPageTextAsync()
    {
        try
        {
            var text = await Page.EvaluateAsync<string>("() => document.body ? document.body.innerText : '(no body)'");
            return text.Length > PageTextShown ? text[..PageTextShown] + "…" : text;
        }
        catch (PlaywrightException e)
        {
            return $"(unreadable: {e.Message})";
        }
    }

    private static string Indent(string text) =>
        text.Length == 0 ? "  (empty)" : "  " + text.ReplaceLineEndings("\n  ");
}
