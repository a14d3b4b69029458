using FletActors.Actors;
using FletActors.Actors.TestKit;
using FletActors.Client;
using FletActors.Sessions.PubSub;
using FletActors.Sessions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FletActors.Server.Tests.Support;

/// <summary>
/// A real actor system and session manager hosting test apps, with real session clients connected in memory.
/// Pass a <see cref="VirtualTimeProvider"/> for tests about time.
/// </summary>
internal sealed class SessionHarness : IAsyncDisposable
{
    private readonly List<TestClient> clients = [];

    public SessionHarness(
        IReadOnlyDictionary<string, Func<Page, Task>> apps,
        SessionOptions? options = null,
        VirtualTimeProvider? time = null,
        ILoggerFactory? loggerFactory = null)
    {
        Time = time;
        Options = options ?? new SessionOptions();
        System = new ActorSystem("sessions-test", time, loggerFactory,
            new ActorSystemOptions { TimerTick = TimeSpan.FromMilliseconds(1) });
        Broker = new InProcessPubSubBroker();
        Manager = new SessionManager(System, new AppCatalog(apps, apps.Keys.First()), Options, Broker,
            loggerFactory ?? NullLoggerFactory.Instance);
    }

    public ActorSystem System { get; }

    public SessionManager Manager { get; }

    public InProcessPubSubBroker Broker { get; }

    public SessionOptions Options { get; }

    public VirtualTimeProvider? Time { get; }

    /// <summary>A harness hosting one sync app under the name "app".</summary>
    public static SessionHarness For(Action<Page> main, SessionOptions? options = null, VirtualTimeProvider? time = null) =>
        For(page =>
        {
            main(page);
            return Task.CompletedTask;
        }, options, time);

    /// <summary>A harness hosting one async app under the name "app".</summary>
    public static SessionHarness For(Func<Page, Task> main, SessionOptions? options = null, VirtualTimeProvider? time = null) =>
        new(new Dictionary<string, Func<Page, Task>> { ["app"] = main }, options, time);

    /// <summary>Starts a session with a real client and waits until its first batch is in the mirror.</summary>
    public async Task<TestClient> ConnectAsync(string app = "")
    {
        var client = new TestClient(Manager, new SessionClientOptions
        {
            App = app,
            PageWidth = 800,
            PageHeight = 600,
            Reconnect = new ReconnectOptions { InitialDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero, JitterFraction = 0, MaxConsecutiveFailures = null },
        });
        clients.Add(client);
        await client.StartAsync();
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        await Manager.DisposeAsync();
        await System.ShutdownAsync();
    }
}
