using System.Collections.Concurrent;
using Akka.Actor;
using FletActors.Protocol.V1;
using FletActors.Sessions;
using FletActors.Sessions.PubSub;
using FletActors.Server.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace FletActors.Server.Tests.Sessions;

/// <summary>
/// What a session records for a restart on another node: once at start, then once per turn that changed its
/// Page.Session values or route (not once per Set); deleted when it closes normally, kept and marked when its server
/// goes away.
/// </summary>
public sealed class SessionRecordTests : IAsyncLifetime
{
    private readonly ActorSystem system = ActorSystem.Create("session-records-test");
    private readonly ConcurrentDictionary<string, Page> pages = new();
    private RecordedSessionHome home = null!;
    private SessionManager manager = null!;

    public Task InitializeAsync()
    {
        home = new RecordedSessionHome(system);
        manager = new SessionManager(system, AppCatalog.Single(page =>
        {
            pages[page.SessionId] = page;
            page.Session.Set("user", "ada");
            return Task.CompletedTask;
        }), new SessionOptions { SessionTimeout = TimeSpan.FromSeconds(1) }, new InProcessPubSubBroker(), NullLoggerFactory.Instance, home);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await manager.DisposeAsync();
        await system.Terminate();
    }

    [Fact]
    public async Task Start_RecordsAppRouteAndMainsValues_Once()
    {
        // Act
        var started = await manager.StartAsync(new Register { Route = "/stats" }, new RecordingConnection(), CancellationToken.None);
        await home.InMemory.Saves.WaitForAsync(1, what: "saves");
        await TwoTurnsAsync(started.SessionId);

        // Assert
        var record = home.InMemory.Find(started.SessionId)!;
        Assert.Equal(("main", "/stats", false), (record.App, record.Route, record.OwnerLeaving));
        Assert.Equal([KeyValuePair.Create<string, object?>("user", "ada")], record.Values);
        Assert.Equal(1, home.InMemory.Saves.Value);
    }

    [Fact]
    public async Task ATurnWithManySets_RecordedOnceWithAllOfThem()
    {
        // Arrange
        var started = await manager.StartAsync(new Register(), new RecordingConnection(), CancellationToken.None);
        await home.InMemory.Saves.WaitForAsync(1, what: "saves");
        var store = pages[started.SessionId].Session;

        // Act
        await manager.InvokeAsync(started.SessionId, () =>
        {
            store.Set("count", 1);
            store.Set("count", 2);
            store.Set("theme", "dark");
            store.Remove("user");
        });
        await home.InMemory.Saves.WaitForAsync(2, what: "saves");
        await TwoTurnsAsync(started.SessionId);

        // Assert
        Assert.Equal(2, home.InMemory.Saves.Value);
        Assert.Equal(
            [KeyValuePair.Create<string, object?>("count", 2), KeyValuePair.Create<string, object?>("theme", "dark")],
            home.InMemory.Find(started.SessionId)!.Values.OrderBy(v => v.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task ARouteChange_Recorded()
    {
        // Arrange
        var started = await manager.StartAsync(new Register(), new RecordingConnection(), CancellationToken.None);
        await home.InMemory.Saves.WaitForAsync(1, what: "saves");
        var page = pages[started.SessionId];

        // Act
        await manager.InvokeAsync(started.SessionId, () => page.PushRoute("/settings"));
        await home.InMemory.Saves.WaitForAsync(2, what: "saves");

        // Assert
        Assert.Equal("/settings", home.InMemory.Find(started.SessionId)!.Route);
    }

    [Fact]
    public async Task Expiry_DeletesTheRecord()
    {
        // Arrange
        var connection = new RecordingConnection();
        var started = await manager.StartAsync(new Register(), connection, CancellationToken.None);
        await home.InMemory.Saves.WaitForAsync(1, what: "saves");

        // Act
        manager.Detach(started.SessionId, connection);
        await home.InMemory.Deletes.WaitForAsync(1, what: "deletes");

        // Assert
        Assert.Null(home.InMemory.Find(started.SessionId));
    }

    [Fact]
    public async Task ServerShutdown_KeepsTheRecordMarkedAsLeaving()
    {
        // Arrange
        var started = await manager.StartAsync(new Register(), new RecordingConnection(), CancellationToken.None);
        await home.InMemory.Saves.WaitForAsync(1, what: "saves");

        // Act
        await manager.ShutdownAsync();

        // Assert
        Assert.Equal(0, home.InMemory.Deletes.Value);
        var record = home.InMemory.Find(started.SessionId)!;
        Assert.True(record.OwnerLeaving);
        Assert.Equal([KeyValuePair.Create<string, object?>("user", "ada")], record.Values);
    }

    /// <summary>Two empty turns: once the second has run, the first has ended, record write and all.</summary>
    private async Task TwoTurnsAsync(string sessionId)
    {
        await manager.InvokeAsync(sessionId, () => { });
        await manager.InvokeAsync(sessionId, () => { });
    }
}
