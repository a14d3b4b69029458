using Akka.Actor;
using FletActors.Cluster.Replication;

namespace FletActors.Cluster.Tests.Replication;

public sealed class RemovedNodesTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 17, 0, 0, TimeSpan.Zero);
    private static readonly Address Gone = new("akka.tcp", "fletactors", "10.0.0.1", 4053);

    [Fact]
    public void AreRecordsExpired_ARemovedNode_OnlyOnceTheSessionTimeoutHasPassed()
    {
        var removed = new RemovedNodes(Timeout);
        removed.Removed(Gone, Start);

        Assert.False(removed.AreRecordsExpired(Gone, isMember: false, Start + Timeout - TimeSpan.FromSeconds(1)));
        Assert.True(removed.AreRecordsExpired(Gone, isMember: false, Start + Timeout));
    }

    [Fact]
    public void AreRecordsExpired_AMember_Never()
    {
        var removed = new RemovedNodes(Timeout);
        removed.Removed(Gone, Start);

        Assert.False(removed.AreRecordsExpired(Gone, isMember: true, Start + Timeout * 5));
    }

    [Fact]
    public void AreRecordsExpired_ANonMemberWhoseRemovalWasMissed_CountsFromWhenItIsFirstSeen()
    {
        var removed = new RemovedNodes(Timeout);

        Assert.False(removed.AreRecordsExpired(Gone, isMember: false, Start));
        Assert.False(removed.AreRecordsExpired(Gone, isMember: false, Start + Timeout / 2));
        Assert.True(removed.AreRecordsExpired(Gone, isMember: false, Start + Timeout));
    }

    [Fact]
    public void Prune_RemovalsLongPast_AreForgotten()
    {
        var removed = new RemovedNodes(Timeout);
        removed.Removed(Gone, Start);
        removed.Removed(new Address("akka.tcp", "fletactors", "10.0.0.2", 4053), Start + Timeout * 9);

        removed.Prune(Start + Timeout * 10);

        Assert.Equal(1, removed.Count);
    }
}
