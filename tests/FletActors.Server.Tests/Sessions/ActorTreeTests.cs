using Akka.Actor;
using Akka.Event;
using FletActors.Samples.Apps;
using FletActors.Server.Tests.Support;
using FletActors.Sessions;

namespace FletActors.Server.Tests.Sessions;

/// <summary>The session as Akka actors: its place under the supervisor, its task actors, and how they end.</summary>
public sealed class ActorTreeTests : VirtualTimeTestKit
{
    [Fact]
    public async Task SessionTimeout_CountdownsRunning_TaskActorsAndSessionStopAndNothingTicksAfterwards()
    {
        // Arrange: two countdowns, each a RunTask child actor of the session
        var timeout = TimeSpan.FromSeconds(30);
        await using var harness = SessionHarness.For(Countdowns.Main, new SessionOptions { SessionTimeout = timeout }, Sys);
        var client = await harness.ConnectAsync();
        await client.SettleAsync();
        var session = await Sys.ActorSelection($"/user/sessions/{client.SessionId}").ResolveOne(TestTimeouts.Condition);
        var tasks = Identify($"/user/sessions/{client.SessionId}/task-*", expected: 2);
        Watch(session);
        tasks.ForEach(t => Watch(t));
        Sys.EventStream.Subscribe(TestActor, typeof(DeadLetter));

        // Act: the client goes away and the session timeout runs out in virtual time
        await client.DisposeAsync();
        await harness.Manager.InvokeAsync(client.SessionId, static () => { });
        Scheduler.Advance(timeout);

        // Assert: both task actors and the session stopped; three more virtual seconds deliver nothing anywhere
        var stopped = new HashSet<IActorRef>(Enumerable.Range(0, 3).Select(_ => ExpectMsg<Terminated>(TestTimeouts.Condition).ActorRef));
        Assert.Equal(tasks.Append(session).ToHashSet(), stopped);
        Scheduler.Advance(TimeSpan.FromSeconds(3));
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));
        Assert.Equal(0, harness.Manager.Count);
    }

    [Fact]
    public async Task Supervisor_ChildThrowsOutsideAppCode_ResumedWithItsState()
    {
        // Arrange
        var supervisor = Sys.ActorOf(SessionSupervisor.Props(), "supervisor-under-test");
        var spawned = new TaskCompletionSource<IActorRef>(TaskCreationOptions.RunContinuationsAsynchronously);
        supervisor.Tell(new SessionSupervisor.SpawnSession(Props.Create(() => new Tally()), "tally", spawned));
        var tally = await spawned.Task.WaitAsync(TestTimeouts.Condition);

        // Act
        tally.Tell(1);
        tally.Tell("fail");
        tally.Tell(2);
        tally.Tell("total", TestActor);

        // Assert: Resume, not Restart: the count survived the failure
        Assert.Equal(3, ExpectMsg<int>(TestTimeouts.Condition));
    }

    private List<IActorRef> Identify(string path, int expected)
    {
        Sys.ActorSelection(path).Tell(new Identify("task"), TestActor);
        return ReceiveN(expected, TestTimeouts.Condition)
            .Cast<ActorIdentity>()
            .Select(i => i.Subject ?? throw new InvalidOperationException($"Nothing answered at {path}."))
            .ToList();
    }

    private sealed class Tally : ReceiveActor
    {
        private int total;

        public Tally()
        {
            Receive<int>(n => total += n);
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("a defect outside app code"));
            Receive<string>(s => s == "total", _ => Sender.Tell(total));
        }
    }
}
