using Akka.Cluster;
using FletActors.Cluster.Hosting;

namespace FletActors.Cluster.Tests.Hosting;

public sealed class ServingPolicyTests
{
    [Theory]
    [InlineData(MemberStatus.Up, 3, 0, ServingVerdict.Serve)]
    [InlineData(MemberStatus.Up, 3, 1, ServingVerdict.Serve)]
    [InlineData(MemberStatus.Up, 3, 2, ServingVerdict.Withhold)]
    [InlineData(MemberStatus.Up, 2, 1, ServingVerdict.Withhold)]
    [InlineData(MemberStatus.Up, 5, 2, ServingVerdict.Serve)]
    [InlineData(MemberStatus.Up, 4, 2, ServingVerdict.Withhold)]
    [InlineData(MemberStatus.Up, 1, 0, ServingVerdict.Serve)]
    [InlineData(MemberStatus.Leaving, 3, 0, ServingVerdict.Serve)]
    [InlineData(MemberStatus.Exiting, 3, 0, ServingVerdict.Serve)]
    [InlineData(MemberStatus.Down, 3, 0, ServingVerdict.Never)]
    [InlineData(MemberStatus.Down, 3, 2, ServingVerdict.Never)]
    [InlineData(MemberStatus.Removed, 1, 0, ServingVerdict.Never)]
    public void Judge_SelfStatusAndReachability_GivesVerdict(MemberStatus self, int members, int unreachable, ServingVerdict expected)
    {
        // Act
        var verdict = ServingPolicy.Judge(self, members, unreachable);

        // Assert
        Assert.Equal(expected, verdict);
    }

    [Fact]
    public void Judge_NotAMemberYet_Serves()
    {
        // Act
        var verdict = ServingPolicy.Judge(null, 0, 0);

        // Assert: a node still joining has no session yet; nothing to withhold.
        Assert.Equal(ServingVerdict.Serve, verdict);
    }

    [Fact]
    public void Lease_FailureDetectorTimings_IsIntervalPlusPauseAndRenewedFourTimes()
    {
        // Act
        var lease = ServingPolicy.Lease(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(4), lease);
        Assert.Equal(TimeSpan.FromSeconds(1), ServingPolicy.RenewInterval(lease));
    }
}
