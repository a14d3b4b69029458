using FletActors.Protocol;

namespace FletActors.Grpc.Tests.Protocol;

public sealed class GrpcTimeoutTests
{
    [Theory]
    [InlineData("1H", 36_000_000_000L)]
    [InlineData("2M", 1_200_000_000L)]
    [InlineData("3S", 30_000_000L)]
    [InlineData("4m", 40_000L)]
    [InlineData("5u", 50L)]
    [InlineData("100n", 1L)]
    [InlineData("1n", 1L)]
    [InlineData("99999999S", 999_999_990_000_000L)]
    public void TryParse_EachUnit_GivesTicks(string header, long expectedTicks)
    {
        // Act
        var ok = GrpcTimeout.TryParse(header, out var timeout);

        // Assert
        Assert.True(ok);
        Assert.Equal(expectedTicks, timeout.Ticks);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("123456789S")]
    [InlineData("10x")]
    [InlineData("-1S")]
    [InlineData("1.5S")]
    public void TryParse_Malformed_IsRefused(string header)
    {
        // Act
        var ok = GrpcTimeout.TryParse(header, out _);

        // Assert
        Assert.False(ok);
    }

    [Theory]
    [InlineData(1L, "100n")]
    [InlineData(10_000_000L, "1000000u")]
    [InlineData(36_000_000_000L, "3600000m")]
    [InlineData(1_000_000_000_000_000L, "1666667M")]
    [InlineData(long.MaxValue, "99999999H")]
    public void Format_PicksFinestUnitThatFitsEightDigits(long ticks, string expected)
    {
        // Act
        var header = GrpcTimeout.Format(TimeSpan.FromTicks(ticks));

        // Assert
        Assert.Equal(expected, header);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(12_345_678L)]
    [InlineData(987_654_321_987L)]
    public void Format_ThenParse_NeverShortensTheTimeout(long ticks)
    {
        // Act
        var ok = GrpcTimeout.TryParse(GrpcTimeout.Format(TimeSpan.FromTicks(ticks)), out var parsed);

        // Assert
        Assert.True(ok);
        Assert.True(parsed.Ticks >= ticks);
    }
}
