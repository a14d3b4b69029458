using FletActors.Actors.Tests.Support;

namespace FletActors.Actors.Tests.Mailbox;

public sealed class MpscQueueTests
{
    private sealed record Numbered(int Producer, int Sequence);

    // The queue is a struct living in a field of its cell; the tests keep it in a field too, so every call works on
    // the one instance.
    private sealed class Holder
    {
        public MpscQueue Queue;
    }

    [Fact]
    public void NewQueue_NeverUsed_IsEmptyAndHoldsNoSegment()
    {
        // Arrange
        var holder = new Holder();

        // Act
        var dequeued = holder.Queue.TryDequeue(out _, out _);

        // Assert
        Assert.False(dequeued);
        Assert.True(holder.Queue.IsEmpty);
        Assert.Equal(0, holder.Queue.HeadCapacity);
        Assert.Equal(0, holder.Queue.SegmentCount);
    }

    [Fact]
    public void Enqueue_FirstMessage_UsesTheSmallestRing()
    {
        // Arrange
        var holder = new Holder();

        // Act
        holder.Queue.Enqueue("one", null);

        // Assert
        Assert.False(holder.Queue.IsEmpty);
        Assert.Equal(MpscQueue.InitialSegmentCapacity, holder.Queue.HeadCapacity);
    }

    [Fact]
    public void Enqueue_SecondBeforeFirstIsTaken_KeepsBoth()
    {
        // Arrange: a one-slot ring is full after one message; the second must go to a new ring, not over the first.
        var holder = new Holder();
        holder.Queue.Enqueue("first", null);

        // Act
        holder.Queue.Enqueue("second", null);

        // Assert
        Assert.Equal(["first", "second"], DrainMessages(holder));
        Assert.True(holder.Queue.IsEmpty);
    }

    [Fact]
    public async Task Dequeue_AcrossManySegmentBoundaries_ReturnsEveryMessageWithItsSenderInOrder()
    {
        // Arrange: more than every ring size added up, so the backlog spans full-size rings too.
        const int count = (MpscQueue.MaxSegmentCapacity * 3) + 7;
        await using var system = new ActorSystem("mpsc-queue-tests");
        var senders = new[] { system.Spawn(Props.Create<EchoActor>()), system.Spawn(Props.Create<EchoActor>()) };
        var holder = new Holder();
        for (var i = 0; i < count; i++)
        {
            holder.Queue.Enqueue(i, i % 3 == 0 ? null : senders[i % 2]);
        }

        var segments = holder.Queue.SegmentCount;

        // Act
        var taken = new List<(object Message, IActorRef? Sender)>();
        while (holder.Queue.TryDequeue(out var message, out var sender))
        {
            taken.Add((message, sender));
        }

        // Assert
        Assert.True(segments > 3, $"expected the backlog to span several rings, got {segments}");
        Assert.Equal(count, taken.Count);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(i, taken[i].Message);
            Assert.Same(i % 3 == 0 ? null : senders[i % 2], taken[i].Sender);
        }

        Assert.True(holder.Queue.IsEmpty);
    }

    [Fact]
    public void Enqueue_ConsumerKeepingUp_ReusesOneRing()
    {
        // Arrange
        var holder = new Holder();
        holder.Queue.Enqueue(0, null);
        holder.Queue.Enqueue(1, null);
        DrainMessages(holder);
        var capacity = holder.Queue.HeadCapacity;

        // Act: many laps of a ring never more than half full.
        var taken = new List<object>();
        for (var i = 0; i < 10_000; i++)
        {
            holder.Queue.Enqueue(i, null);
            if (i % 2 == 1)
            {
                taken.AddRange(DrainMessages(holder));
            }
        }

        // Assert
        Assert.Equal(Enumerable.Range(0, 10_000).Cast<object>(), taken);
        Assert.Equal(capacity, holder.Queue.HeadCapacity);
        Assert.Equal(1, holder.Queue.SegmentCount);
    }

    [Fact]
    public void TrimIfDrained_AfterABurst_LeavesOnlyTheSmallestRing()
    {
        // Arrange
        var holder = new Holder();
        for (var i = 0; i < 500; i++)
        {
            holder.Queue.Enqueue(i, null);
        }

        DrainMessages(holder);
        var beforeTrim = holder.Queue.HeadCapacity;

        // Act
        holder.Queue.TrimIfDrained();

        // Assert
        Assert.True(beforeTrim > MpscQueue.InitialSegmentCapacity, $"the burst should have grown the ring, got {beforeTrim}");
        Assert.Equal(MpscQueue.InitialSegmentCapacity, holder.Queue.HeadCapacity);
        Assert.Equal(1, holder.Queue.SegmentCount);
        Assert.True(holder.Queue.IsEmpty);
    }

    [Fact]
    public void TrimIfDrained_WithMessagesLeft_KeepsThemAndTheirOrder()
    {
        // Arrange
        var holder = new Holder();
        for (var i = 0; i < 20; i++)
        {
            holder.Queue.Enqueue(i, null);
        }

        var taken = new List<object>();
        for (var i = 0; i < 5; i++)
        {
            Assert.True(holder.Queue.TryDequeue(out var message, out _));
            taken.Add(message);
        }

        // Act
        holder.Queue.TrimIfDrained();
        holder.Queue.Enqueue(20, null);
        taken.AddRange(DrainMessages(holder));

        // Assert
        Assert.Equal(Enumerable.Range(0, 21).Cast<object>(), taken);
    }

    [Fact]
    public void TrimIfDrained_ThenMoreMessages_DeliversThemAfterTheTrim()
    {
        // Arrange
        var holder = new Holder();
        for (var i = 0; i < 100; i++)
        {
            holder.Queue.Enqueue(i, null);
        }

        DrainMessages(holder);
        holder.Queue.TrimIfDrained();

        // Act
        for (var i = 100; i < 300; i++)
        {
            holder.Queue.Enqueue(i, null);
        }

        // Assert
        Assert.Equal(Enumerable.Range(100, 200).Cast<object>(), DrainMessages(holder));
    }

    [Theory]
    [InlineData(2, 200_000, false)]
    [InlineData(4, 50_000, true)]
    [InlineData(8, 20_000, true)]
    public async Task Enqueue_ManyProducersOneConsumer_NoLossNoDuplicateNoReorderPerProducer(int producers, int perProducer, bool trim)
    {
        // Arrange
        var holder = new Holder();
        var next = new int[producers];
        var violations = 0;
        var received = 0;
        using var start = new Barrier(producers + 1);

        // Act: the consumer runs concurrently with the producers, trimming whenever it finds the queue drained, as a
        // turn does, so producers race with trims and ring growth.
        var consumer = OnOwnThread(() =>
        {
            start.SignalAndWait();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (received < producers * perProducer && DateTime.UtcNow < deadline)
            {
                if (holder.Queue.TryDequeue(out var message, out _))
                {
                    var numbered = (Numbered)message;
                    if (numbered.Sequence != next[numbered.Producer])
                    {
                        violations++;
                    }

                    next[numbered.Producer] = numbered.Sequence + 1;
                    received++;
                }
                else if (trim)
                {
                    holder.Queue.TrimIfDrained();
                }
            }
        });
        var senders = Enumerable.Range(0, producers).Select(p => OnOwnThread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < perProducer; i++)
            {
                holder.Queue.Enqueue(new Numbered(p, i), null);
            }
        })).ToArray();
        await Task.WhenAll(senders);
        await consumer;

        // Assert
        Assert.Equal(producers * perProducer, received);
        Assert.Equal(0, violations);
        Assert.All(next, n => Assert.Equal(perProducer, n));
        Assert.False(holder.Queue.TryDequeue(out _, out _));
        Assert.True(holder.Queue.IsEmpty);
    }

    private static List<object> DrainMessages(Holder holder)
    {
        var taken = new List<object>();
        while (holder.Queue.TryDequeue(out var message, out _))
        {
            taken.Add(message);
        }

        return taken;
    }

    // Threads of their own: blocked at the barrier or spinning, they must not hold the thread pool that actor turns
    // (of this test and of the tests running beside it) need.
    private static Task OnOwnThread(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
