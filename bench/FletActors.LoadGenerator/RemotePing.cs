using System.Diagnostics;
using Akka.Actor;
using Akka.Hosting;
using Akka.Remote.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FletActors.LoadGenerator;

/// <summary>
/// The forwarding floor: an actor system in this process with Akka.Remote set up as the nodes set it up (Akka.Hosting's
/// <c>WithRemoting</c>, DotNetty TCP on loopback, Akka's default serializers), asking an actor of a node to identify
/// itself (<see cref="Identify"/>, which every actor answers) and timing the answer: one message there and one back
/// over Akka.Remote, with nothing of FletActors on the way.
/// </summary>
internal sealed class RemotePing : IAsyncDisposable
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(10);
    private readonly IHost host;
    private readonly ActorSelection target;
    private long sequence;

    private RemotePing(IHost host, ActorSelection target)
    {
        this.host = host;
        this.target = target;
    }

    /// <summary>Starts the pinging system and selects the user guardian of the node at <paramref name="nodeAddress"/>.</summary>
    public static async Task<RemotePing> StartAsync(string nodeAddress)
    {
        var host = new HostBuilder()
            .ConfigureServices(services => services.AddAkka("loadgen-ping", (builder, _) => builder
                .ConfigureLoggers(loggers => loggers.LogLevel = Akka.Event.LogLevel.WarningLevel)
                .WithRemoting(new RemoteOptions { HostName = "127.0.0.1", Port = 0 })))
            .Build();
        await host.StartAsync().ConfigureAwait(false);
        var system = host.Services.GetRequiredService<ActorSystem>();
        return new RemotePing(host, system.ActorSelection($"{nodeAddress}/user"));
    }

    /// <summary>One ping, timed from the ask until its answer.</summary>
    public async Task<TimeSpan> PingAsync(CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref sequence);
        var sentAt = Stopwatch.GetTimestamp();
        var answer = await target.Ask<ActorIdentity>(new Identify(id), AnswerTimeout, cancellationToken).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(sentAt);
        return answer.MessageId is long echoed && echoed == id
            ? elapsed
            : throw new InvalidOperationException($"Ping {id} was answered for {answer.MessageId}.");
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync().ConfigureAwait(false);
        host.Dispose();
    }
}
