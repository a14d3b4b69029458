using FletActors.Protocol.V1;
using FletActors.Sessions.Wire;

namespace FletActors.Server.Tests.Wire;

public sealed class OutboundWindowTests
{
    [Fact]
    public void Push_SeveralBatches_NumbersThemFromOneInTheEpoch()
    {
        // Arrange
        var window = new OutboundWindow(capacity: 4, epoch: 3);

        // Act
        var numbered = Enumerable.Range(0, 3).Select(_ => window.Push(new PatchBatch())).ToList();

        // Assert
        Assert.Equal([1UL, 2UL, 3UL], numbered.Select(b => b.Seq));
        Assert.All(numbered, b => Assert.Equal(3UL, b.Epoch));
        Assert.Equal(3, window.Count);
    }

    [Fact]
    public void Push_WindowFull_ThrowsAndKeepsItsBatches()
    {
        // Arrange
        var window = Filled(capacity: 2, batches: 2);

        // Act
        var refused = Assert.Throws<InvalidOperationException>(() => window.Push(new PatchBatch()));

        // Assert
        Assert.Contains("2", refused.Message, StringComparison.Ordinal);
        Assert.True(window.IsFull);
        Assert.Equal(2UL, window.LastSentSeq);
    }

    [Fact]
    public void Acknowledge_CumulativeSeq_ReleasesEveryBatchUpToIt()
    {
        // Arrange
        var window = Filled(capacity: 4, batches: 4);

        // Act
        var outcome = window.Acknowledge(1, 3);

        // Assert
        Assert.Equal(AckOutcome.Accepted, outcome);
        Assert.Equal(1, window.Count);
        Assert.Equal(3UL, window.AcknowledgedSeq);
        Assert.False(window.IsFull);
    }

    [Theory]
    [InlineData(1UL, 5UL, nameof(AckOutcome.NeverSent))]
    [InlineData(2UL, 1UL, nameof(AckOutcome.NeverSent))]
    [InlineData(1UL, 2UL, nameof(AckOutcome.AlreadyAcknowledged))]
    [InlineData(1UL, 1UL, nameof(AckOutcome.AlreadyAcknowledged))]
    public void Acknowledge_OutOfOrder_IsClassifiedAndReleasesNothing(ulong epoch, ulong seq, string expected)
    {
        // Arrange
        var window = Filled(capacity: 4, batches: 3);
        window.Acknowledge(1, 2);

        // Act
        var outcome = window.Acknowledge(epoch, seq);

        // Assert
        Assert.Equal(expected, outcome.ToString());
        Assert.Equal(1, window.Count);
    }

    [Fact]
    public void Acknowledge_OlderEpoch_IsStale()
    {
        // Arrange
        var window = new OutboundWindow(capacity: 2, epoch: 2);
        window.Push(new PatchBatch());

        // Act
        var outcome = window.Acknowledge(1, 1);

        // Assert
        Assert.Equal(AckOutcome.StaleEpoch, outcome);
        Assert.Equal(1, window.Count);
    }

    [Fact]
    public void TakeResend_LastAppliedWithinWindow_ReturnsExactlyTheLaterBatches()
    {
        // Arrange
        var window = Filled(capacity: 8, batches: 5);
        window.Acknowledge(1, 1);

        // Act
        var missed = window.TakeResend(1, 3);

        // Assert
        Assert.NotNull(missed);
        Assert.Equal([4UL, 5UL], missed.Select(b => b.Seq));
        Assert.Equal(3UL, window.AcknowledgedSeq);
        Assert.Equal(2, window.Count);
    }

    [Theory]
    [InlineData(1UL, 0UL)]
    [InlineData(2UL, 3UL)]
    [InlineData(1UL, 1UL)]
    [InlineData(1UL, 9UL)]
    public void TakeResend_BatchesNoLongerHeldOrUnknown_AsksForTheWholeTree(ulong epoch, ulong lastApplied)
    {
        // Arrange
        var window = Filled(capacity: 8, batches: 5);
        window.Acknowledge(1, 2);

        // Act
        var missed = window.TakeResend(epoch, lastApplied);

        // Assert
        Assert.Null(missed);
    }

    [Fact]
    public void Clear_BeforeAReset_EmptiesTheWindowAndKeepsNumbering()
    {
        // Arrange
        var window = Filled(capacity: 2, batches: 2);

        // Act
        window.Clear();
        var next = window.Push(new PatchBatch { Reset = true });

        // Assert
        Assert.Equal(3UL, next.Seq);
        Assert.Equal(1, window.Count);
        Assert.Null(window.TakeResend(1, 1));
    }

    private static OutboundWindow Filled(int capacity, int batches)
    {
        var window = new OutboundWindow(capacity);
        for (var i = 0; i < batches; i++)
        {
            window.Push(new PatchBatch());
        }

        return window;
    }
}
