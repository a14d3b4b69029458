using Akka.Actor;
using Akka.TestKit;
using FletActors.Client;
using FletActors.Sessions;
using FletActors.Sessions.PubSub;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FletActors.Server.Tests.Support;

/// <summary>
/// An Akka actor system and a session manager hosting test apps, with real session clients connected in memory.
/// Tests about time pass the <see cref="VirtualTimeTestKit"/>'s system, whose scheduler is Akka's TestScheduler;
/// otherwise the harness runs (and shuts down) an actor system of its own on real time.
/// </summary>
internal sealed class SessionHarness : IAsyncDisposable
{
    private readonly List<TestClient> clients = [];
    private readonly bool ownsSystem;

    public SessionHarness(
        IReadOnlyDictionary<string, Func<Page, Task>> apps,
        SessionOptions? options = null,
        ActorSystem? system = null,
        ILoggerFactory? loggerFactory = null)
    {
        ownsSystem = system is null;
        System = system ?? ActorSystem.Create("sessions-test");
        Options = options ?? new SessionOptions();
        Broker = new InProcessPubSubBroker();
        Manager = new SessionManager(System, new AppCatalog(apps, apps.Keys.First()), Options, Broker,
            loggerFactory ?? NullLoggerFactory.Instance);
    }

    public ActorSystem System { get; }

    public SessionManager Manager { get; }

    public InProcessPubSubBroker Broker { get; }

    public SessionOptions Options { get; }

    /// <summary>The virtual clock of a harness on a <see cref="VirtualTimeTestKit"/>'s system.</summary>
    public TestScheduler Scheduler => System.Scheduler as TestScheduler
        ?? throw new InvalidOperationException("This harness runs on real time; pass a VirtualTimeTestKit's Sys for virtual time.");

    /// <summary>A harness hosting one sync app under the name "app".</summary>
    public static SessionHarness For(Action<Page> main, SessionOptions? options = null, ActorSystem? system = null) =>
        For(page =>
        {
            main(page);
            return Task.CompletedTask;
        }, options, system);

    /// <summary>A harness hosting one async app under the name "app".</summary>
    public static SessionHarness For(Func<Page, Task> main, SessionOptions? options = null, ActorSystem? system = null) =>
        new(new Dictionary<string, Func<Page, Task>> { ["app"] = main }, options, system);

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
        if (ownsSystem)
        {
            await System.Terminate();
        }
    }
}
