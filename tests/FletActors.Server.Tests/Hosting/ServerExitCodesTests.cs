using Akka.Actor;

namespace FletActors.Server.Tests.Hosting;

public sealed class ServerExitCodesTests
{
    public static TheoryData<CoordinatedShutdown.Reason?, int> Reasons => new()
    {
        { null, ServerExitCodes.Stopped },
        { CoordinatedShutdown.ClrExitReason.Instance, ServerExitCodes.Stopped },
        { CoordinatedShutdown.ClusterLeavingReason.Instance, ServerExitCodes.Stopped },
        { CoordinatedShutdown.ClusterDowningReason.Instance, ServerExitCodes.Downed },
        { CoordinatedShutdown.ActorSystemTerminateReason.Instance, ServerExitCodes.Terminated },
        { CoordinatedShutdown.ClusterJoinUnsuccessfulReason.Instance, ServerExitCodes.Terminated },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public void For_ShutdownReason_GivesExitCode(CoordinatedShutdown.Reason? reason, int expected)
    {
        // Act
        var code = ServerExitCodes.For(reason);

        // Assert
        Assert.Equal(expected, code);
    }

    [Fact]
    public void Codes_AreDistinctAndOnlyAStopIsZero()
    {
        // Assert
        Assert.Equal(0, ServerExitCodes.Stopped);
        Assert.NotEqual(ServerExitCodes.Stopped, ServerExitCodes.Downed);
        Assert.NotEqual(ServerExitCodes.Stopped, ServerExitCodes.Terminated);
        Assert.NotEqual(ServerExitCodes.Downed, ServerExitCodes.Terminated);
    }
}
