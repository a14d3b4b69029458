using FletActors.Actors;
using FletActors.Actors.TestKit;
using FletActors.Protocol.V1;
using FletActors.Sessions.PubSub;
using FletActors.Sessions;
using Microsoft.Extensions.Logging.Abstractions;

namespace FletActors.Benchmarks.Sessions;

/// <summary>An actor system and session manager hosting one app, for the session scenarios.</summary>
internal sealed class SessionBench : IAsyncDisposable
{
    public SessionBench(Func<Page, Task> app, SessionOptions options, TimeProvider? time = null)
    {
        System = new ActorSystem("bench", time, NullLoggerFactory.Instance);
        Manager = new SessionManager(System, AppCatalog.Single(app), options, new InProcessPubSubBroker(), NullLoggerFactory.Instance);
    }

    public ActorSystem System { get; }

    public SessionManager Manager { get; }

    /// <summary>Starts a session on a sink connection and acknowledges its first batch, leaving it idle.</summary>
    public async Task<string> StartIdleAsync()
    {
        var connection = new SinkConnection();
        var started = await Manager.StartAsync(new Register(), connection, CancellationToken.None).ConfigureAwait(false);
        await Manager.InvokeAsync(started.SessionId, static () => { }).ConfigureAwait(false);
        Manager.Deliver(started.SessionId, new ClientMessage { Ack = new Ack { Epoch = 1, Seq = connection.LastSeq } });
        await Manager.InvokeAsync(started.SessionId, static () => { }).ConfigureAwait(false);
        return started.SessionId;
    }

    public async ValueTask DisposeAsync()
    {
        await Manager.DisposeAsync().ConfigureAwait(false);
        await System.ShutdownAsync().ConfigureAwait(false);
    }

    /// <summary>A clock that never moves, so a rate-limit bucket stays at its burst for the whole measurement.</summary>
    public static TimeProvider FrozenClock() => new VirtualTimeProvider();
}
