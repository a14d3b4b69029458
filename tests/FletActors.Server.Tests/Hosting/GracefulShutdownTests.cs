using FletActors.Client;
using FletActors.Protocol.V1;
using FletActors.Server.Tests.Support;
using FletActors.Server.Tests.Transport;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace FletActors.Server.Tests.Hosting;

/// <summary>Stopping the server tells every connected client why, closes every session, and turns health NOT_SERVING.</summary>
public sealed class GracefulShutdownTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task StopAsync_ConnectedClients_GetServerShutdownAndHealthTurnsNotServing()
    {
        // Arrange: a raw stream, a .NET client, and a health watch on the session service.
        var app = new GatedCounterApp();
        await using var server = await LiveServer.StartAsync(b => b.AddApp("gated", app.Main));
        using var raw = await RawSession.RegisterAsync(server.Channel);
        using var clientLogs = new CapturingLoggerFactory();
        await using var client = SessionClient.Create(server.GrpcUrl, loggerFactory: clientLogs);
        await client.StartAsync().WaitAsync(Patience);
        // The health watch has a connection of its own, as a load balancer's probe does: cancelling it must not put
        // frames on the session stream's connection while the server closes it.
        using var probeChannel = GrpcChannel.ForAddress(server.GrpcUrl);
        using var watch = new Health.HealthClient(probeChannel).Watch(new HealthCheckRequest { Service = "fletactors.v1.SessionService" });
        var before = await NextAsync(watch);

        // Act
        var stopping = server.Server.StopAsync();
        var after = await NextAsync(watch).WaitAsync(Patience);
        watch.Dispose();
        var closed = (await raw.ReadUntilAsync(m => m.Closed is not null)).Closed;
        var rawEnd = await raw.ReadToEndAsync();
        await stopping.WaitAsync(Patience);

        // Assert
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, before?.Status);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, after?.Status);
        Assert.Equal(SessionClosed.Types.Reason.ServerShutdown, closed.Reason);
        Assert.Equal(StatusCode.OK, rawEnd.StatusCode);
        var completion = await Record.ExceptionAsync(() => client.Completion.WaitAsync(Patience));
        Assert.True(completion is null && client.State == SessionClientState.Closed,
            $"The .NET client is {client.State}; its log:\n{string.Join("\n", clientLogs.Entries.Select(e => $"{e.Level} {e.Message} {e.Exception?.Message}"))}");
        Assert.Equal(SessionClosed.Types.Reason.ServerShutdown, client.ClosedBy?.Reason);
        Assert.True(app.Closed.IsCompleted, "OnClose ran for the sessions");
        Assert.Equal(0, server.Server.SessionCount);
    }

    [Fact]
    public async Task StopAsync_ThenRegister_IsRefused()
    {
        // Arrange
        await using var server = await LiveServer.StartAsync();
        var grpcUrl = server.GrpcUrl;
        await server.Server.StopAsync().WaitAsync(Patience);
        using var channel = GrpcChannel.ForAddress(grpcUrl);

        // Act
        var error = await Record.ExceptionAsync(() => RawSession.RegisterAsync(channel));

        // Assert: the port is closed, so the call fails as unavailable.
        var rpc = Assert.IsType<RpcException>(error);
        Assert.Equal(StatusCode.Unavailable, rpc.Status.StatusCode);
    }

    private static async Task<HealthCheckResponse?> NextAsync(AsyncServerStreamingCall<HealthCheckResponse> watch) =>
        await watch.ResponseStream.MoveNext(CancellationToken.None) ? watch.ResponseStream.Current : null;
}
