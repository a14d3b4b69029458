using FletActors.Testing;
using Microsoft.Playwright;

namespace FletActors.Web.Tests.Support;

/// <summary>The auth sample's host (Kestrel on loopback, free ports) and one headless Chromium, shared by a test class.</summary>
public sealed class AuthSampleFixture : IAsyncLifetime
{
    private AuthSampleHost? host;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The host under test.</summary>
    public AuthSampleHost Host => host ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The host's warnings and errors, shown in failure messages.</summary>
    public LogRecorder ServerLog { get; } = new();

    /// <summary>The browser every context of this class opens in.</summary>
    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture has not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        host = await AuthSampleHost.StartAsync(ServerLog);
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    /// <summary>A fresh browser context (no cookies) whose waits end within the round-trip deadline.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync(new() { Locale = "de-CH" });
        context.SetDefaultTimeout(Deadlines.RoundTripMs);
        return context;
    }

    /// <summary>The host's URL of <paramref name="path"/>.</summary>
    public string Url(string path) => new Uri(Host.HttpUrl, path).ToString();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
