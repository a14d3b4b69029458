using FletActors.Server.Wire;

namespace FletActors.Server.Tests.Wire;

/// <summary>Acks taken on the reading thread: what is taken, what goes to the session, and when it is woken.</summary>
public sealed class AckInboxTests
{
    [Fact]
    public void TryOffer_WithinWhatWasSent_IsTakenAndRaisesHighest()
    {
        // Arrange
        var inbox = new AckInbox(1);
        inbox.Published(5);

        // Act
        var taken = inbox.TryOffer(1, 3, out var wake);

        // Assert
        Assert.True(taken);
        Assert.False(wake);
        Assert.Equal(3UL, inbox.Highest);
    }

    [Fact]
    public void TryOffer_BeyondWhatWasSentOrOtherEpoch_IsLeftToTheSession()
    {
        // Arrange
        var inbox = new AckInbox(1);
        inbox.Published(5);

        // Act
        var beyond = inbox.TryOffer(1, 6, out _);
        var otherEpoch = inbox.TryOffer(2, 1, out _);

        // Assert
        Assert.False(beyond);
        Assert.False(otherEpoch);
        Assert.Equal(0UL, inbox.Highest);
    }

    [Fact]
    public void TryOffer_OlderAckAfterNewer_KeepsTheNewer()
    {
        // Arrange
        var inbox = new AckInbox(1);
        inbox.Published(10);
        inbox.TryOffer(1, 7, out _);

        // Act
        var taken = inbox.TryOffer(1, 4, out _);

        // Assert
        Assert.True(taken);
        Assert.Equal(7UL, inbox.Highest);
    }

    [Fact]
    public void TryOffer_WhileSessionWaits_WakesItExactlyOnce()
    {
        // Arrange
        var inbox = new AckInbox(1);
        inbox.Published(10);
        inbox.Wait();

        // Act
        inbox.TryOffer(1, 1, out var first);
        inbox.TryOffer(1, 2, out var second);

        // Assert
        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public void TryOffer_AfterStopWaiting_DoesNotWake()
    {
        // Arrange
        var inbox = new AckInbox(1);
        inbox.Published(10);
        inbox.Wait();
        inbox.StopWaiting();

        // Act
        inbox.TryOffer(1, 1, out var wake);

        // Assert
        Assert.False(wake);
    }

    [Fact]
    public async Task TryOffer_ManyThreads_HighestIsTheLargestOffered()
    {
        // Arrange
        var inbox = new AckInbox(1);
        inbox.Published(100_000);

        // Act
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var seq = (ulong)t; seq <= 100_000; seq += 8)
            {
                inbox.TryOffer(1, seq, out _);
            }
        })));

        // Assert
        Assert.Equal(100_000UL, inbox.Highest);
    }
}
