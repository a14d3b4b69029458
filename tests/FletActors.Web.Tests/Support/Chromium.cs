using Microsoft.Playwright;

namespace FletActors.Web.Tests.Support;

/// <summary>Headless Chromium for the browser tests: the system's /usr/bin/chromium, never a downloaded browser.</summary>
internal static class Chromium
{
    private const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Launches the browser; fails with the fix when Debian's chromium package is missing.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium package (tests/run.sh does).");
        }

        return playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
    }

    /// <summary>Opens <paramref name="url"/> in a new tab of a fresh context (no storage shared with other tests).</summary>
    public static Task<AppTab> OpenAsync(IBrowser browser, Uri url, LogRecorder serverLog, int width = 1280, int height = 800) =>
        OpenAsync(browser, url, () => serverLog.Entries, width, height);

    /// <summary>Opens <paramref name="url"/> like the overload above, with server lines from any source (node processes).</summary>
    public static async Task<AppTab> OpenAsync(IBrowser browser, Uri url, Func<IEnumerable<string>> serverLog, int width = 1280, int height = 800)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });

        // Clicks and fills wait for their element this long, not Playwright's default 30 s.
        context.SetDefaultTimeout(Deadlines.RoundTripMs);
        try
        {
            return await AppTab.OpenAsync(context, url, serverLog, ownsContext: true);
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }
}
