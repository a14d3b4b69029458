using FletActors.Actors.TestKit;
using Xunit.Sdk;

namespace FletActors.Actors.Tests.TestKit;

public sealed class TestProbeTests : ActorTestKit
{
    [Fact]
    public async Task ExpectMsg_PredicateNotMatched_Fails()
    {
        // Arrange
        var probe = CreateTestProbe();
        probe.Ref.Tell(1, null);

        // Act
        var error = await Assert.ThrowsAsync<XunitException>(() => probe.ExpectMsgAsync<int>(n => n == 2));

        // Assert
        Assert.Contains("does not match", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpectMsg_NothingBeforeTheDeadline_Fails()
    {
        // Arrange
        var probe = CreateTestProbe();

        // Act
        var error = await Assert.ThrowsAsync<XunitException>(() => probe.ExpectMsgAsync<int>(timeout: TimeSpan.FromMilliseconds(50)));

        // Assert
        Assert.Contains("received nothing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpectNoMsg_MessageArrives_Fails()
    {
        // Arrange
        var probe = CreateTestProbe();
        probe.Ref.Tell("surprise", null);

        // Act and Assert
        await Assert.ThrowsAsync<XunitException>(() => probe.ExpectNoMsgAsync());
    }

    [Fact]
    public async Task FishForMessage_SkipsUntilMatch()
    {
        // Arrange
        var probe = CreateTestProbe();
        foreach (var n in new[] { 1, 2, 3 })
        {
            probe.Ref.Tell(n, null);
        }

        // Act
        var found = await probe.FishForMessageAsync<int>(n => n == 3);

        // Assert
        Assert.Equal(3, found);
        await probe.ExpectNoMsgAsync();
    }

    [Fact]
    public async Task AwaitAssert_NeverTrue_RethrowsTheLastFailure()
    {
        // Act
        var error = await Assert.ThrowsAnyAsync<XunitException>(() =>
            AwaitAssertAsync(() => Assert.Equal(1, 2), TimeSpan.FromMilliseconds(50)));

        // Assert
        Assert.Contains("Assert.Equal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AwaitCondition_NeverTrue_FailsWithTheDescription()
    {
        // Act
        var error = await Assert.ThrowsAsync<XunitException>(() =>
            AwaitConditionAsync(() => false, TimeSpan.FromMilliseconds(50), "the impossible"));

        // Assert
        Assert.Contains("the impossible", error.Message, StringComparison.Ordinal);
    }
}
