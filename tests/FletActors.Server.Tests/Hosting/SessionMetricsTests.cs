using System.Diagnostics.Metrics;
using FletActors.Server.Tests.Support;
using FletActors.Server.Tests.Transport;
using Microsoft.Extensions.DependencyInjection;

namespace FletActors.Server.Tests.Hosting;

/// <summary>
/// The session instruments of one in-process server, read through a listener that hears only that server's meters
/// (their scope is its meter factory), so servers of other tests running at the same time cannot move the figures.
/// </summary>
public sealed class SessionMetricsTests
{
    [Fact]
    public async Task AppExceptions_HandlerThrows_CountedOnceOnThisServersMeter()
    {
        // Arrange
        await using var server = await LiveServer.StartAsync(b => b.AddApp("thrower", page =>
            page.Add(new ElevatedButton("Throw") { OnClick = _ => throw new InvalidOperationException("thrown by the app") })));
        var factory = server.Server.Services.GetRequiredService<IMeterFactory>();
        long exceptions = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Name == "fletactors.session.app_exceptions")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref exceptions, value));
        listener.Start();
        using var session = await RawSession.RegisterAsync(server.Channel, "thrower");
        var button = await session.WaitForAsync(t => t.FindByText("Throw"));

        // Act
        await session.ClickAsync(button.Id);
        var report = await session.ReadUntilAsync(m => m.Error is not null);

        // Assert: reported to the client, and counted once, by the time the client heard of it.
        Assert.Equal(Protocol.V1.ErrorCode.HandlerFailed, report.Error.Code);
        await Awaiting.ConditionAsync(() => Interlocked.Read(ref exceptions) >= 1, message: "the exception was counted");
        Assert.Equal(1, Interlocked.Read(ref exceptions));
    }
}
