using FletActors.Protocol.V1;
using Grpc.Core;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// A client flooding its session with events beyond MaxEventsPerSecond is told so (Send: RESOURCE_EXHAUSTED;
/// Connect: an ErrorReport LIMIT_EXCEEDED on a stream that stays open), and a healthy session on the same server
/// answers clicks during the flood and after it.
/// </summary>
public sealed class SessionFloodTests
{
    private const int EventsPerSecond = 5;
    private const int Flood = 200;

    [Fact]
    public async Task Connect_EventFlood_GetsLimitExceededReportWhileHealthySessionAnswers()
    {
        // Arrange
        await using var server = await SessionBadInputTests.StartServerAsync(EventsPerSecond);
        await using var healthy = await HealthySession.StartAsync(server.GrpcUrl);
        using var flooder = await RawSession.RegisterAsync(server.Channel);
        var button = await flooder.WaitForAsync(SessionProbes.Button);

        // Act: the flood and a healthy click at the same time, then one more healthy click after.
        var flood = Task.Run(async () =>
        {
            for (var i = 0; i < Flood; i++)
            {
                await flooder.ClickAsync(button.Id);
            }
        });
        var during = await healthy.ClickAndSeeHelloAsync();
        await flood;
        var report = (await flooder.ReadUntilAsync(m => m.Error is not null)).Error;
        var after = await healthy.ClickAndSeeHelloAsync();

        // Assert: told once, by name of the limit; the accepted clicks still get their patches on the same stream.
        Assert.Equal(ErrorCode.LimitExceeded, report.Code);
        Assert.Contains("MaxEventsPerSecond", report.Message, StringComparison.Ordinal);
        await flooder.WaitForAsync(SessionProbes.HellosReach(1));
        Assert.Null(flooder.Status);
        Assert.Equal((1, 2), (during, after));
    }

    [Fact]
    public async Task Send_EventFlood_IsResourceExhaustedWhileHealthySessionAnswers()
    {
        // Arrange
        await using var server = await SessionBadInputTests.StartServerAsync(EventsPerSecond);
        await using var healthy = await HealthySession.StartAsync(server.GrpcUrl);
        using var flooder = await RawSession.RegisterAsync(server.Channel);
        var button = await flooder.WaitForAsync(SessionProbes.Button);
        var request = new SendRequest { SessionId = flooder.Started!.SessionId, ResumeToken = flooder.Started.ResumeToken };
        request.Messages.AddRange(Enumerable.Range(0, Flood).Select(_ => SessionBadInputTests.Click(button.Id)));

        // Act
        var flood = RawGrpcRequest.CallAsync(server.GrpcUrl, "/fletactors.v1.SessionService/Send", WireFrames.Frame(request));
        var during = await healthy.ClickAndSeeHelloAsync();
        var (status, _) = await flood;
        var after = await healthy.ClickAndSeeHelloAsync();

        // Assert
        Assert.Equal(StatusCode.ResourceExhausted, status.StatusCode);
        Assert.Contains("MaxEventsPerSecond", status.Detail, StringComparison.Ordinal);
        await flooder.WaitForAsync(SessionProbes.HellosReach(1));
        Assert.Equal((1, 2), (during, after));
    }
}
