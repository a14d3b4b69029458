using System.Diagnostics;
using System.Globalization;
using Akka.Actor;
using FletActors.Benchmarks.Actors;
using FletActors.Protocol.V1;
using FletActors.Sessions;

namespace FletActors.Benchmarks.Sessions;

/// <summary>
/// Click events per second delivered through <see cref="SessionManager.Deliver"/> into one session and run by a sync
/// handler (one turn each), against the same number of plain Akka tells from one thread to a counting actor in the
/// same run (the floor). The clock is frozen so the rate limit's burst admits every event.
/// <c>scenario session-dispatch [events]</c>.
/// </summary>
public sealed class HandlerDispatchScenario : IScenario
{
    public string Name => "session-dispatch";

    public async Task<int> RunAsync(string[] args)
    {
        var events = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        var handled = 0;
        var allHandled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var rate = Math.Min(100_000, Math.Max(1, (events + 1) / 2));
        await using var bench = new SessionBench(
            page =>
            {
                page.Add(new ElevatedButton("click")
                {
                    OnClick = _ =>
                    {
                        if (++handled == events)
                        {
                            allHandled.SetResult();
                        }
                    },
                });
                return Task.CompletedTask;
            },
            new SessionOptions { MaxEventsPerSecond = rate },
            frozenClock: true);
        var floor = await AkkaTellFloorAsync(bench.System, events).ConfigureAwait(false);
        var sessionId = await bench.StartIdleAsync().ConfigureAwait(false);
        var click = new ClientMessage { Event = new Protocol.V1.ControlEvent { ControlId = 3, Name = "click" } };

        var clock = Stopwatch.StartNew();
        var refused = 0;
        for (var i = 0; i < events; i++)
        {
            if (bench.Manager.Deliver(sessionId, click) != DeliveryOutcome.Accepted)
            {
                refused++;
            }
        }

        if (refused > 0)
        {
            Console.Error.WriteLine($"{refused} events were refused by the rate limit; lower the event count.");
            return 1;
        }

        await allHandled.Task.WaitAsync(TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        clock.Stop();
        var eventsPerSecond = events / clock.Elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant(
            $"{events} click events through the facade to a sync handler: {eventsPerSecond:F0} events/s ({clock.Elapsed.TotalMilliseconds:F0} ms); Akka tell floor {floor:F0} msg/s; ratio x{eventsPerSecond / floor:F2}"));
        return 0;
    }

    private static async Task<double> AkkaTellFloorAsync(ActorSystem system, int messages)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var actor = system.ActorOf(Props.Create(() => new CountingActor(messages, done)));
        var message = new object();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < messages; i++)
        {
            actor.Tell(message, ActorRefs.NoSender);
        }

        await done.Task.WaitAsync(TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        clock.Stop();
        system.Stop(actor);
        return messages / clock.Elapsed.TotalSeconds;
    }
}
