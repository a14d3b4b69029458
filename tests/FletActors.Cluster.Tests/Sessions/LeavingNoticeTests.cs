using FletActors.Cluster.Sessions;
using FletActors.Protocol.V1;

namespace FletActors.Cluster.Tests.Sessions;

public sealed class LeavingNoticeTests
{
    [Fact]
    public void For_NodeAlone_IsServerShutdown()
    {
        // Act
        var notice = LeavingNotice.For(otherMembers: 0);

        // Assert: the embedded server on Ctrl+C has nowhere to send its clients.
        Assert.Equal(SessionClosed.Types.Reason.ServerShutdown, notice.Reason);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void For_ClusterGoesOn_IsNodeLeaving(int otherMembers)
    {
        // Act
        var notice = LeavingNotice.For(otherMembers);

        // Assert
        Assert.Equal(SessionClosed.Types.Reason.NodeLeaving, notice.Reason);
        Assert.Contains("resume", notice.Message, StringComparison.Ordinal);
    }
}
