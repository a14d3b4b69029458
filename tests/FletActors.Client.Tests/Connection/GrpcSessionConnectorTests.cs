using FletActors.Client.Tests.Support;
using FletActors.Protocol.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace FletActors.Client.Tests.Connection;

/// <summary>The Connect call on Grpc.Net.Client's generated client, against a scripted SessionService on Kestrel.</summary>
public sealed class GrpcSessionConnectorTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    private static readonly ClientMessage Hello = new() { Register = new Register { App = "a", Platform = "dotnet" } };

    [Fact]
    public async Task Receive_ServerEndsTheCallWithOk_ReturnsNullAfterItsMessages()
    {
        // Arrange
        await using var server = await KestrelSessionServer.StartAsync(async (_, call) =>
        {
            var hello = await call.NextAsync();
            await call.SendAsync(new ServerMessage { Started = new SessionStarted { SessionId = hello.Register.App } });
        });
        using var channel = GrpcChannel.ForAddress(server.Address);
        await using var connection = await new GrpcSessionConnector(channel.CreateCallInvoker()).ConnectAsync(CancellationToken.None);

        // Act
        await connection.SendAsync(Hello, CancellationToken.None);
        var first = await connection.ReceiveAsync(CancellationToken.None).AsTask().WaitAsync(Deadline);
        var end = await connection.ReceiveAsync(CancellationToken.None).AsTask().WaitAsync(Deadline);

        // Assert
        Assert.Equal("a", first?.Started.SessionId);
        Assert.Null(end);
    }

    [Fact]
    public async Task Receive_ServerEndsTheCallWithAStatus_ThrowsRpcExceptionCarryingIt()
    {
        // Arrange
        await using var server = await KestrelSessionServer.StartAsync(async (_, call) =>
        {
            await call.NextAsync();
            throw new RpcException(new Status(StatusCode.NotFound, "session not found or expired; register again"));
        });
        using var channel = GrpcChannel.ForAddress(server.Address);
        await using var connection = await new GrpcSessionConnector(channel.CreateCallInvoker()).ConnectAsync(CancellationToken.None);
        await connection.SendAsync(Hello, CancellationToken.None);

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() => connection.ReceiveAsync(CancellationToken.None).AsTask().WaitAsync(Deadline));

        // Assert
        Assert.Equal((StatusCode.NotFound, "session not found or expired; register again"), (error.StatusCode, error.Status.Detail));
    }

    [Fact]
    public async Task Receive_ConnectionTokenCancelled_ThrowsOperationCanceledAndTheServerSeesTheCallCancelled()
    {
        // Arrange
        var serverSawCancel = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await KestrelSessionServer.StartAsync(async (_, call) =>
        {
            await call.NextAsync();
            await call.SendAsync(new ServerMessage { Started = new SessionStarted() });
            try
            {
                await Task.Delay(Timeout.Infinite, call.CallCancelled);
            }
            catch (OperationCanceledException)
            {
                serverSawCancel.SetResult();
            }
        });
        using var channel = GrpcChannel.ForAddress(server.Address);
        using var stop = new CancellationTokenSource();
        await using var connection = await new GrpcSessionConnector(channel.CreateCallInvoker()).ConnectAsync(stop.Token);
        await connection.SendAsync(Hello, stop.Token);
        await connection.ReceiveAsync(stop.Token).AsTask().WaitAsync(Deadline);

        // Act
        var receiving = connection.ReceiveAsync(stop.Token).AsTask();
        await stop.CancelAsync();

        // Assert
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => receiving.WaitAsync(Deadline));
        Assert.Equal(stop.Token, error.CancellationToken);
        await serverSawCancel.Task.WaitAsync(Deadline);
    }

    [Fact]
    public async Task Send_WithRequestCompression_ServerGetsGzipMessagesIntact()
    {
        // Arrange
        var seen = new TaskCompletionSource<(string? Encoding, ClientMessage Message)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await KestrelSessionServer.StartAsync(async (_, call) =>
        {
            seen.SetResult((call.RequestEncoding, await call.NextAsync()));
        });
        using var channel = GrpcChannel.ForAddress(server.Address);
        var hello = new ClientMessage { Register = new Register { App = "a", UserAgent = new string('x', 4000) } };
        await using var connection = await new GrpcSessionConnector(channel.CreateCallInvoker(), requestCompression: "gzip")
            .ConnectAsync(CancellationToken.None);

        // Act
        await connection.SendAsync(hello, CancellationToken.None);
        var (encoding, message) = await seen.Task.WaitAsync(Deadline);

        // Assert
        Assert.Equal("gzip", encoding);
        Assert.Equal(hello, message);
    }
}
