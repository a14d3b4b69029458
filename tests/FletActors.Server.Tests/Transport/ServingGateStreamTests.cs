using FletActors.Server.Tests.Support;
using Grpc.Core;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// The node's serving gate at the one place batches leave for clients (the stream pump): closing it ends every
/// stream with UNAVAILABLE at once, nothing is written while it is closed, and the session lives on for a resume.
/// </summary>
public sealed class ServingGateStreamTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Close_ConnectedStream_EndsUnavailableNamingTheReasonAndTheSessionResumesOnceReopened()
    {
        // Arrange
        await using var server = await LiveServer.StartAsync();
        using var raw = await RawSession.RegisterAsync(server.Channel);
        var started = raw.Started!;
        var gate = server.Server.ServingGate;

        // Act
        gate.Close("closed by the test");
        var end = await raw.ReadToEndAsync(Patience);

        // The one-node cluster's watcher finds this node serving and renews the gate on its next tick.
        await Awaiting.ConditionAsync(() => gate.MayServe, Patience, "the watcher reopens the gate");
        using var resumed = await RawSession.ResumeAsync(server.Channel, started.SessionId, started.ResumeToken, raw.Tree);

        // Assert
        Assert.Equal(StatusCode.Unavailable, end.StatusCode);
        Assert.Contains("closed by the test", end.Detail, StringComparison.Ordinal);
        Assert.True(resumed.Started!.Resumed);
        Assert.Equal(started.SessionId, resumed.Started.SessionId);
    }

    [Fact]
    public async Task Register_WhileGateClosedForGood_StreamEndsUnavailableWithoutABatch()
    {
        // Arrange
        await using var server = await LiveServer.StartAsync();
        server.Server.ServingGate.CloseForGood("downed, as the test says");
        using var raw = RawSession.Open(server.Channel);

        // Act
        await raw.SendAsync(new Protocol.V1.ClientMessage
        {
            Register = new Protocol.V1.Register { App = "hello", PageWidth = 800, PageHeight = 600 },
        });
        var end = await raw.ReadToEndAsync(Patience);

        // Assert: not even SessionStarted left the process.
        Assert.Equal(StatusCode.Unavailable, end.StatusCode);
        Assert.Contains("downed, as the test says", end.Detail, StringComparison.Ordinal);
        Assert.Empty(raw.Received);
    }

    [Fact]
    public async Task StopAsync_ActorSystemTerminates_GateClosedForGood()
    {
        // Arrange
        await using var server = await LiveServer.StartAsync();

        // Act
        await server.Server.StopAsync().WaitAsync(Patience);

        // Assert
        await Awaiting.ConditionAsync(() => server.Server.ServingGate.IsClosedForGood, Patience, "the gate closes for good");
        Assert.False(server.Server.ServingGate.MayServe);
    }
}
