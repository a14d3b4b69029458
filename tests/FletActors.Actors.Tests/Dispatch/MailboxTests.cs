using FletActors.Actors.TestKit;
using FletActors.Actors.Tests.Support;

namespace FletActors.Actors.Tests.Dispatch;

public sealed class MailboxTests : ActorTestKit
{
    private sealed record Done;

    private sealed record Report(int Handled, int Overlaps);

    private sealed record Numbered(int Sender, int Sequence);

    [Theory]
    [InlineData(AsyncMode.Suspend)]
    [InlineData(AsyncMode.Interleave)]
    public async Task Actor_ManyThreadsTellingConcurrently_NeverRunsTwoTurnsAtOnce(AsyncMode mode)
    {
        // Arrange
        const int threads = 8;
        const int perThread = 5_000;
        var inTurn = 0;
        var overlaps = 0;
        var handled = 0;
        var actor = Sys.Spawn(LambdaActor.Props(async (self, message) =>
        {
            Enter();
            if (message is int n && n % 100 == 0)
            {
                // A continuation is a turn too: it must not overlap the messages that run meanwhile.
                Leave();
                await Task.Yield();
                Enter();
            }

            if (message is Done)
            {
                self.CurrentSender!.Tell(new Report(handled, overlaps), null);
            }
            else
            {
                handled++;
            }

            Leave();
        }).WithMode(mode));
        var probe = CreateTestProbe();

        // Act
        using var start = new Barrier(threads);
        var senders = Enumerable.Range(0, threads).Select(_ => OnOwnThread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < perThread; i++)
            {
                actor.Tell(i, null);
            }
        })).ToArray();
        await Task.WhenAll(senders);
        await AwaitConditionAsync(() => Volatile.Read(ref handled) == threads * perThread, TimeSpan.FromSeconds(20));
        probe.Send(actor, new Done());

        // Assert
        var report = await probe.ExpectMsgAsync<Report>();
        Assert.Equal(threads * perThread, report.Handled);
        Assert.Equal(0, report.Overlaps);

        void Enter()
        {
            if (Interlocked.Increment(ref inTurn) != 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            Thread.SpinWait(20);
        }

        void Leave() => Interlocked.Decrement(ref inTurn);
    }

    [Fact]
    public async Task Tell_ManySendersInParallel_KeepsEachSendersOrder()
    {
        // Arrange
        const int senders = 6;
        const int perSender = 10_000;
        var last = new int[senders];
        Array.Fill(last, -1);
        var violations = 0;
        var received = 0;
        var actor = Sys.Spawn(LambdaActor.Props((_, message) =>
        {
            var numbered = (Numbered)message;
            if (numbered.Sequence != last[numbered.Sender] + 1)
            {
                violations++;
            }

            last[numbered.Sender] = numbered.Sequence;
            Interlocked.Increment(ref received);
        }));

        // Act
        await Task.WhenAll(Enumerable.Range(0, senders).Select(s => Task.Run(() =>
        {
            for (var i = 0; i < perSender; i++)
            {
                actor.Tell(new Numbered(s, i), null);
            }
        })));
        await AwaitConditionAsync(() => Volatile.Read(ref received) == senders * perSender, TimeSpan.FromSeconds(20));

        // Assert
        Assert.Equal(0, violations);
    }

    [Fact]
    public async Task Stop_WhileUserMessagesQueued_JumpsTheQueueAndSendsThemToDeadLetters()
    {
        // Arrange
        var gate = new TaskCompletionSource();
        var handled = 0;
        var actor = Sys.Spawn(LambdaActor.Props(async (_, message) =>
        {
            handled++;
            if (message is "block")
            {
                await gate.Task;
            }
        }).WithMode(AsyncMode.Suspend));
        var probe = CreateTestProbe();
        probe.Watch(actor);
        actor.Tell("block", null);
        await AwaitConditionAsync(() => Volatile.Read(ref handled) == 1);
        for (var i = 0; i < 10; i++)
        {
            actor.Tell(i, null);
        }

        // Act
        Sys.Stop(actor);

        // Assert
        await probe.ExpectTerminatedAsync(actor);
        await AwaitConditionAsync(() => Sys.DeadLetters.Count == 10, message: "the ten queued messages become dead letters");
        Assert.Equal(1, handled);
    }

    [Fact]
    public void Spawn_NeverMessaged_MailboxHoldsNoRing()
    {
        // Arrange
        var actor = (LocalActorRef)Sys.Spawn(Props.Create<EchoActor>());

        // Act
        var capacity = actor.Cell.MailboxCapacity;

        // Assert
        Assert.Equal(0, capacity);
    }

    [Fact]
    public async Task Tell_BacklogOfOneFullTurnThenIdle_MailboxTrimsToTheSmallestRing()
    {
        // Arrange: the actor blocks on its first message while exactly one turn's worth of messages queues behind it,
        // so the backlog grows the mailbox through several rings and the last turn ends on its budget.
        var gate = new TaskCompletionSource();
        var handled = 0;
        var actor = (LocalActorRef)Sys.Spawn(LambdaActor.Props(async (_, message) =>
        {
            Interlocked.Increment(ref handled);
            if (message is "block")
            {
                await gate.Task;
            }
        }).WithMode(AsyncMode.Suspend));
        actor.Tell("block", null);
        await AwaitConditionAsync(() => Volatile.Read(ref handled) == 1);
        for (var i = 0; i < Sys.Options.Throughput; i++)
        {
            actor.Tell(i, null);
        }

        var segmentsDuringBacklog = actor.Cell.MailboxSegments;

        // Act
        gate.SetResult();
        await AwaitConditionAsync(() => Volatile.Read(ref handled) == Sys.Options.Throughput + 1);

        // Assert
        Assert.True(segmentsDuringBacklog > 3, $"expected the backlog to span several rings, got {segmentsDuringBacklog}");
        await AwaitConditionAsync(
            () => actor.Cell.MailboxCapacity == MpscQueue.InitialSegmentCapacity && actor.Cell.MailboxSegments == 1,
            message: $"the drained mailbox keeps one ring of {MpscQueue.InitialSegmentCapacity} slot(s)");
    }

    [Fact]
    public async Task Tell_BusyActorWithSmallThroughput_OtherActorStillProgresses()
    {
        // Arrange: a flooding actor that re-tells itself forever would starve others if a turn never yielded.
        var probe = CreateTestProbe();
        var flooding = Sys.Spawn(LambdaActor.Props((self, message) => self.Ctx.Self.Tell(message, null)) with { Throughput = 5 });
        for (var i = 0; i < Environment.ProcessorCount * 4; i++)
        {
            flooding.Tell(i, null);
        }

        var echo = Sys.Spawn(Props.Create<EchoActor>());

        // Act
        probe.Send(echo, "still here");

        // Assert
        await probe.ExpectMsgAsync("still here");
        Sys.Stop(flooding);
    }

    // Threads of their own: blocked at the barrier or spinning, they must not hold the thread pool that actor turns
    // (of this test and of the tests running beside it) need.
    private static Task OnOwnThread(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
