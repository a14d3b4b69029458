using Akka.Actor;
using FletActors.Sessions.Mailbox;

namespace FletActors.Server.Tests.Sessions;

/// <summary>
/// The session mailbox's queue: first in, first out across growth and wrap-around, the ring let go after a burst,
/// nothing lost or reordered per sender under concurrent senders, leftovers handed to dead letters; and an actor
/// system without the mailbox's config gets it from <see cref="SessionMailbox.Install"/>.
/// </summary>
public sealed class CompactMessageQueueTests : Akka.TestKit.Xunit2.TestKit
{
    [Fact]
    public void TryDequeue_InterleavedWithEnqueuesPastSeveralGrowths_ComesOutInOrder()
    {
        // Arrange
        var queue = new CompactMessageQueue();
        var taken = new List<int>();
        var next = 0;

        // Act: two in, one out, so the head keeps moving while the ring grows and wraps
        while (next < 200)
        {
            queue.Enqueue(ActorRefs.Nobody, Envelope(next++));
            queue.Enqueue(ActorRefs.Nobody, Envelope(next++));
            taken.Add(Take(queue));
        }

        while (queue.TryDequeue(out var envelope))
        {
            taken.Add((int)envelope.Message);
        }

        // Assert
        Assert.Equal(Enumerable.Range(0, 200), taken);
        Assert.False(queue.HasMessages);
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public void TryDequeue_DrainsAfterBurst_LetsTheGrownRingGoButKeepsASmallOne()
    {
        // Arrange
        var queue = new CompactMessageQueue();
        var burst = CompactMessageQueue.KeptCapacity * 4;

        // Act
        for (var i = 0; i < burst; i++)
        {
            queue.Enqueue(ActorRefs.Nobody, Envelope(i));
        }

        var grown = queue.Capacity;
        Drain(queue);
        var afterBurst = queue.Capacity;
        queue.Enqueue(ActorRefs.Nobody, Envelope(1));
        queue.Enqueue(ActorRefs.Nobody, Envelope(2));
        Drain(queue);

        // Assert
        Assert.True(grown >= burst, $"the ring holds {grown} slots for {burst} messages");
        Assert.Equal(0, afterBurst);
        Assert.InRange(queue.Capacity, 2, CompactMessageQueue.KeptCapacity);
    }

    [Fact]
    public async Task Enqueue_FourSendersWhileOneReaderTakes_NothingLostAndEachSendersOrderKept()
    {
        // Arrange
        const int senders = 4;
        const int perSender = 20_000;
        var queue = new CompactMessageQueue();
        var lastSeen = Enumerable.Repeat(-1, senders).ToArray();
        var received = 0;
        var outOfOrder = 0;

        // Act
        var sending = Enumerable.Range(0, senders).Select(s => Task.Run(() =>
        {
            for (var n = 0; n < perSender; n++)
            {
                queue.Enqueue(ActorRefs.Nobody, new Envelope((s, n), ActorRefs.NoSender));
            }
        })).ToArray();
        var reading = Task.Run(() =>
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (received < senders * perSender && DateTime.UtcNow < deadline)
            {
                if (!queue.TryDequeue(out var envelope))
                {
                    Thread.Yield();
                    continue;
                }

                var (sender, n) = ((int, int))envelope.Message;
                if (n != lastSeen[sender] + 1)
                {
                    outOfOrder++;
                }

                lastSeen[sender] = n;
                received++;
            }
        });
        await Task.WhenAll(sending);
        await reading;

        // Assert
        Assert.Equal(senders * perSender, received);
        Assert.Equal(0, outOfOrder);
        Assert.All(lastSeen, last => Assert.Equal(perSender - 1, last));
    }

    [Fact]
    public void CleanUp_MessagesLeft_HandsThemToDeadLettersInOrder()
    {
        // Arrange
        var queue = new CompactMessageQueue();
        var deadLetters = new CompactMessageQueue();
        for (var i = 0; i < 5; i++)
        {
            queue.Enqueue(ActorRefs.Nobody, Envelope(i));
        }

        // Act
        queue.CleanUp(ActorRefs.Nobody, deadLetters);

        // Assert
        Assert.Equal(0, queue.Count);
        Assert.Equal([0, 1, 2, 3, 4], Enumerable.Range(0, 5).Select(_ => Take(deadLetters)));
    }

    [Fact]
    public void Install_SystemWithoutTheConfig_ActorOnTheSessionMailboxGetsACompactQueueAndItsMessagesInOrder()
    {
        // Arrange: the TestKit's system was built without the session mailbox's config
        Assert.False(Sys.Settings.Config.HasPath(SessionMailbox.ConfigPath));

        // Act
        SessionMailbox.Install(Sys);
        SessionMailbox.Install(Sys);
        var forwarder = Sys.ActorOf(Props.Create(() => new Forwarder(TestActor)).WithMailbox(SessionMailbox.ConfigPath));
        for (var i = 0; i < 50; i++)
        {
            forwarder.Tell(i);
        }

        // Assert
        for (var i = 0; i < 50; i++)
        {
            ExpectMsg(i);
        }

        var cell = (ActorCell)((ActorRefWithCell)forwarder).Underlying;
        Assert.IsType<CompactMessageQueue>(cell.Mailbox!.MessageQueue);
    }

    private static Envelope Envelope(int message) => new(message, ActorRefs.NoSender);

    private static int Take(CompactMessageQueue queue)
    {
        Assert.True(queue.TryDequeue(out var envelope));
        return (int)envelope.Message;
    }

    private static void Drain(CompactMessageQueue queue)
    {
        while (queue.TryDequeue(out _))
        {
        }
    }

    private sealed class Forwarder : ReceiveActor
    {
        public Forwarder(IActorRef target) => ReceiveAny(message => target.Tell(message));
    }
}
