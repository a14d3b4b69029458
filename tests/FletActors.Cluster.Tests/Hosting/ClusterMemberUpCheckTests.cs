using Akka.Cluster;
using FletActors.Cluster.Hosting;

namespace FletActors.Cluster.Tests.Hosting;

public sealed class ClusterMemberUpCheckTests
{
    [Theory]
    [InlineData(MemberStatus.Up, 1, 0, true)]
    [InlineData(MemberStatus.Up, 3, 1, true)]   // a survivor while one of three is dead
    [InlineData(MemberStatus.Up, 3, 2, false)]  // the cut-off one, e.g. after SIGSTOP and SIGCONT
    [InlineData(MemberStatus.Up, 2, 1, false)]  // a tie: keep-majority may down either side
    [InlineData(MemberStatus.Joining, 1, 0, false)]
    [InlineData(MemberStatus.WeaklyUp, 3, 0, false)]
    [InlineData(MemberStatus.Leaving, 3, 0, false)]
    [InlineData(MemberStatus.Exiting, 3, 0, false)]
    [InlineData(MemberStatus.Down, 3, 0, false)]
    [InlineData(MemberStatus.Removed, 3, 0, false)]
    public void IsReady_OnlyUpAndOnTheMajoritySide(MemberStatus status, int members, int unreachable, bool ready) =>
        Assert.Equal(ready, ClusterMemberUpCheck.IsReady(status, members, unreachable));
}
