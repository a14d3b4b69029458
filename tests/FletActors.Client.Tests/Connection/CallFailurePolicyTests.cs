using Grpc.Core;

namespace FletActors.Client.Tests.Connection;

public sealed class CallFailurePolicyTests
{
    public static TheoryData<StatusCode, string, string> EveryStatus() => new()
    {
        // code, the action without a session, the action with one
        { StatusCode.OK, nameof(CallFailureAction.Reconnect), nameof(CallFailureAction.Reconnect) },
        { StatusCode.Cancelled, nameof(CallFailureAction.Reconnect), nameof(CallFailureAction.Reconnect) },
        { StatusCode.Unknown, nameof(CallFailureAction.Reconnect), nameof(CallFailureAction.Reconnect) },
        { StatusCode.InvalidArgument, nameof(CallFailureAction.GiveUp), nameof(CallFailureAction.GiveUp) },
        { StatusCode.DeadlineExceeded, nameof(CallFailureAction.Reconnect), nameof(CallFailureAction.Reconnect) },
        { StatusCode.NotFound, nameof(CallFailureAction.GiveUp), nameof(CallFailureAction.RegisterAgain) },
        { StatusCode.AlreadyExists, nameof(CallFailureAction.Reconnect), nameof(CallFailureAction.Reconnect) },
        { StatusCode.PermissionDenied, nameof(CallFailureAction.GiveUp), nameof(CallFailureAction.RegisterAgain) },
        { StatusCode.ResourceExhausted, nameof(CallFailureAction.Reconnect), nameof(CallFailureAction.Reconnect) },
        { StatusCode.FailedPrecondition, nameof(CallFailureAction.GiveUp), nameof(CallFailureAction.GiveUp) },
        { StatusCode.Aborted, nameof(CallFailureAction.Reconnect), nameof(CallFailureAction.Reconnect) },
        { StatusCode.OutOfRange, nameof(CallFailureAction.GiveUp), nameof(CallFailureAction.GiveUp) },
        { StatusCode.Unimplemented, nameof(CallFailureAction.GiveUp), nameof(CallFailureAction.GiveUp) },
        { StatusCode.Internal, nameof(CallFailureAction.Reconnect), nameof(CallFailureAction.Reconnect) },
        { StatusCode.Unavailable, nameof(CallFailureAction.Reconnect), nameof(CallFailureAction.Reconnect) },
        { StatusCode.DataLoss, nameof(CallFailureAction.Reconnect), nameof(CallFailureAction.Reconnect) },
        { StatusCode.Unauthenticated, nameof(CallFailureAction.GiveUp), nameof(CallFailureAction.GiveUp) },
    };

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public void Decide_EveryStatus_MatchesTheTable(StatusCode code, string withoutSession, string withSession)
    {
        // Act
        var decisions = (CallFailurePolicy.Decide(code, holdsSession: false).ToString(),
            CallFailurePolicy.Decide(code, holdsSession: true).ToString());

        // Assert
        Assert.Equal((withoutSession, withSession), decisions);
    }

    [Fact]
    public void Table_CoversEveryStatusCode()
    {
        // Act
        var covered = EveryStatus().Select(row => (StatusCode)row[0]).ToHashSet();

        // Assert
        Assert.Equal(Enum.GetValues<StatusCode>().ToHashSet(), covered);
    }
}
