using Akka.Actor;
using Akka.TestKit.Configs;
using FletActors.Protocol.V1;
using FletActors.Sessions.PubSub;
using FletActors.Sessions;
using Microsoft.Extensions.Logging.Abstractions;

namespace FletActors.Benchmarks.Sessions;

/// <summary>An actor system and session manager hosting one app, for the session scenarios.</summary>
internal sealed class SessionBench : IAsyncDisposable
{
    public SessionBench(Func<Page, Task> app, SessionOptions options, bool frozenClock = false)
    {
        // A TestScheduler that is never advanced is a clock that never moves: a rate-limit bucket then stays at its
        // burst for the whole measurement.
        System = frozenClock ? ActorSystem.Create("bench", TestConfigs.TestSchedulerConfig) : ActorSystem.Create("bench");
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

    /// <summary>Starts a session whose client acknowledges every batch as it arrives, as a real client does.</summary>
    public async Task<string> StartAckingAsync()
    {
        var connection = new AckingConnection(Manager);
        var started = await Manager.StartAsync(new Register(), connection, CancellationToken.None).ConfigureAwait(false);
        connection.Attach(started.SessionId);
        return started.SessionId;
    }

    public async ValueTask DisposeAsync()
    {
        await Manager.DisposeAsync().ConfigureAwait(false);
        await System.Terminate().ConfigureAwait(false);
    }
}
