using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using FletActors.Server.Hosting;
using FletActors.Server.Tests.Transport;
using Grpc.Core;

namespace FletActors.Server.Tests.Hosting;

/// <summary>The metrics interceptor counts finished calls on the FletActors meter, tagged by method and status.</summary>
public sealed class GrpcMetricsTests
{
    [Fact]
    public async Task Calls_OkAndRefused_AreCountedByMethodAndStatus()
    {
        // Arrange: listen to the server's counter (other servers in this process count too, so filter by method
        // and status and count at least).
        var counted = new ConcurrentQueue<(string Method, string Status)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == GrpcServerMetrics.MeterName && instrument.Name == GrpcServerMetrics.CallsName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            string? method = null, status = null;
            foreach (var tag in tags)
            {
                method = tag.Key == "method" ? tag.Value as string : method;
                status = tag.Key == "status" ? tag.Value as string : status;
            }

            counted.Enqueue((method!, status!));
        });
        listener.Start();
        await using var server = await LiveServer.StartAsync();

        // Act: one session that ends cleanly, one resume refused.
        using (var session = await RawSession.RegisterAsync(server.Channel))
        {
            await session.CompleteRequestsAsync();
            Assert.Equal(StatusCode.OK, (await session.ReadToEndAsync()).StatusCode);
        }

        using var refused = RawSession.Open(server.Channel);
        await refused.SendAsync(new Protocol.V1.ClientMessage { Resume = new Protocol.V1.Resume { SessionId = "no-such-session", ResumeToken = "x" } });
        Assert.Equal(StatusCode.NotFound, (await refused.ReadToEndAsync()).StatusCode);
        await Support.Awaiting.ConditionAsync(() => counted.Any(c => c.Status == "NotFound"),
            TimeSpan.FromSeconds(10), "the refused call was counted");

        // Assert
        Assert.Contains(("/fletactors.v1.SessionService/Connect", "OK"), counted);
        Assert.Contains(("/fletactors.v1.SessionService/Connect", "NotFound"), counted);
    }
}
