namespace FletActors.Client.Tests.Connection;

public sealed class ReconnectBackoffTests
{
    private static readonly ReconnectOptions Options = new()
    {
        InitialDelay = TimeSpan.FromMilliseconds(100),
        MaxDelay = TimeSpan.FromSeconds(2),
        Multiplier = 3,
        JitterFraction = 0.25,
    };

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 300)]
    [InlineData(2, 900)]
    [InlineData(3, 2000)]
    [InlineData(40, 2000)]
    public void Delay_MidpointRandom_GrowsByMultiplierUpToCap(int attempt, double expectedMs)
    {
        // Act
        var delay = ReconnectBackoff.Delay(Options, attempt, 0.5);

        // Assert
        Assert.Equal(expectedMs, delay.TotalMilliseconds, precision: 6);
    }

    [Fact]
    public void Delay_ExtremeRandom_StaysWithinJitterBand()
    {
        // Act
        var low = ReconnectBackoff.Delay(Options, 1, 0);
        var high = ReconnectBackoff.Delay(Options, 1, 0.999999);

        // Assert
        Assert.Equal(225, low.TotalMilliseconds, precision: 6);
        Assert.InRange(high.TotalMilliseconds, 374.99, 375);
    }

    [Fact]
    public void Delay_JitterAboveCap_IsCapped()
    {
        // Act
        var delay = ReconnectBackoff.Delay(Options, 10, 0.999999);

        // Assert
        Assert.Equal(Options.MaxDelay, delay);
    }

    [Fact]
    public void Delay_ManyRandomDraws_SpreadAcrossTheBand()
    {
        // Arrange
        var random = new Random(17);

        // Act
        var delays = Enumerable.Range(0, 200).Select(_ => ReconnectBackoff.Delay(Options, 0, random.NextDouble()).TotalMilliseconds).ToList();

        // Assert: jitter really spreads reconnects of many clients instead of synchronising them
        Assert.All(delays, d => Assert.InRange(d, 75, 125));
        Assert.True(delays.Max() - delays.Min() > 40, "Jitter should spread the delays over most of the band.");
    }
}
