using FletActors.Cluster.Hosting;
using FletActors.Cluster.Tests.Support;

namespace FletActors.Cluster.Tests.Hosting;

public sealed class ServingGateTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task New_NoLease_ServesAtOnce()
    {
        // Arrange
        using var gate = new ServingGate(new SteppedClock());

        // Act
        var serving = await gate.WaitUntilServingAsync(CancellationToken.None);

        // Assert
        Assert.True(gate.MayServe);
        Assert.True(serving);
        Assert.False(gate.ClosedToken.IsCancellationRequested);
    }

    [Fact]
    public void Renew_LeasePassesWithoutRenewal_StopsServing()
    {
        // Arrange
        var clock = new SteppedClock();
        using var gate = new ServingGate(clock);
        gate.Renew(Lease);

        // Act
        clock.Step(Lease - TimeSpan.FromMilliseconds(1));
        var justBefore = gate.MayServe;
        clock.Step(TimeSpan.FromMilliseconds(1));

        // Assert: a lapsed lease withholds writes but ends no stream.
        Assert.True(justBefore);
        Assert.False(gate.MayServe);
        Assert.False(gate.ClosedToken.IsCancellationRequested);
    }

    [Fact]
    public async Task WaitUntilServing_LeaseLapsedThenRenewed_CompletesTrue()
    {
        // Arrange
        var clock = new SteppedClock();
        using var gate = new ServingGate(clock);
        gate.Renew(Lease);
        clock.Step(Lease * 3);

        // Act
        var waiting = gate.WaitUntilServingAsync(CancellationToken.None).AsTask();
        var heldBeforeRenewal = !waiting.IsCompleted;
        gate.Renew(Lease);

        // Assert
        Assert.True(heldBeforeRenewal);
        Assert.True(await waiting.WaitAsync(Patience));
    }

    [Fact]
    public async Task WaitUntilServing_LeaseLapsedThenClosed_CompletesFalse()
    {
        // Arrange
        var clock = new SteppedClock();
        using var gate = new ServingGate(clock);
        gate.Renew(Lease);
        clock.Step(Lease * 3);
        var waiting = gate.WaitUntilServingAsync(CancellationToken.None).AsTask();

        // Act
        gate.Close("minority");

        // Assert
        Assert.False(await waiting.WaitAsync(Patience));
    }

    [Fact]
    public void Close_OpenGate_CancelsItsTokenAndRenewOpensWithAFreshOne()
    {
        // Arrange
        using var gate = new ServingGate(new SteppedClock());
        var token = gate.ClosedToken;

        // Act
        gate.Close("this node finds 2 of 3 members unreachable");
        var closedMayServe = gate.MayServe;
        gate.Renew(Lease);

        // Assert
        Assert.True(token.IsCancellationRequested);
        Assert.False(closedMayServe);
        Assert.Equal("this node finds 2 of 3 members unreachable", gate.Reason);
        Assert.True(gate.MayServe);
        Assert.False(gate.ClosedToken.IsCancellationRequested);
    }

    [Fact]
    public async Task CloseForGood_ThenRenew_StaysClosed()
    {
        // Arrange
        using var gate = new ServingGate(new SteppedClock());

        // Act
        gate.CloseForGood("this node is Down");
        gate.Renew(null);
        gate.Close("a later, milder reason");

        // Assert
        Assert.False(gate.MayServe);
        Assert.True(gate.IsClosedForGood);
        Assert.Equal("this node is Down", gate.Reason);
        Assert.True(gate.ClosedToken.IsCancellationRequested);
        Assert.False(await gate.WaitUntilServingAsync(CancellationToken.None));
    }

    [Fact]
    public void Renew_NullLease_ServesWithoutEnd()
    {
        // Arrange
        var clock = new SteppedClock();
        using var gate = new ServingGate(clock);
        gate.Renew(Lease);

        // Act
        gate.Renew(null);
        clock.Step(TimeSpan.FromDays(1));

        // Assert
        Assert.True(gate.MayServe);
    }
}
