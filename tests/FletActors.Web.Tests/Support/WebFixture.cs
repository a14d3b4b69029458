using FletActors.Samples;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace FletActors.Web.Tests.Support;

/// <summary>
/// One FletActors server with every sample app (Kestrel on 127.0.0.1, free ports) and one headless Chromium — the
/// system's /usr/bin/chromium, never a downloaded browser — shared by the tests of one class. A subclass hosts other
/// apps instead of the samples.
/// </summary>
public class WebFixture : IAsyncLifetime
{
    private readonly Func<FletAppBuilder, FletAppBuilder> addApps;
    private FletServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>A fixture serving every sample app.</summary>
    public WebFixture()
        : this(static builder => builder.AddSampleApps())
    {
    }

    /// <summary>A fixture serving the apps <paramref name="addApps"/> adds.</summary>
    protected WebFixture(Func<FletAppBuilder, FletAppBuilder> addApps) => this.addApps = addApps;

    /// <summary>The server under test.</summary>
    public FletServer Server => server ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The server's warnings and errors, shown in failure messages.</summary>
    public LogRecorder ServerLog { get; } = new();

    /// <summary>The browser every tab of this class opens in.</summary>
    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture has not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        server = addApps(FletApp.CreateBuilder([]))
            .ConfigureOptions(o => o with { BindAddress = "127.0.0.1", HttpPort = 0, GrpcPort = 0 })
            .ConfigureLogging(logging =>
            {
                logging.ClearProviders();
                logging.AddProvider(ServerLog);
            })
            .Build();
        await server.StartAsync();

        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    /// <summary>
    /// Opens <paramref name="path"/> (e.g. <c>/apps/counter</c>) in a new tab of a fresh browser context, from the
    /// server itself or through <paramref name="via"/> (a proxy in front of it).
    /// </summary>
    public Task<AppTab> OpenAsync(string path, Uri? via = null, int width = 1280, int height = 800) =>
        Chromium.OpenAsync(Browser, new Uri(via ?? Server.HttpUrl, path), ServerLog, width, height);

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
