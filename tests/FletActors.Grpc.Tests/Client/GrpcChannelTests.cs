using FletActors.Client.Transport;
using FletActors.Grpc.Tests.Infrastructure;
using FletActors.Grpc.Tests.Interop;
using FletActors.Protocol;
using Grpc.Health.V1;
using Google.Protobuf;

namespace FletActors.Grpc.Tests.Client;

/// <summary>Our own client transport against our server: the core interop cases.</summary>
[Collection(GrpcServerGroup.Name)]
public sealed class GrpcChannelTests(GrpcTestServer server)
{
    private const string Service = "/fletactors.interop.TestService/";
    private const string SpecialMessage = "\t\ntest with whitespace\r\nand Unicode BMP ☺ and non-BMP 😈\t\n";

    [Fact]
    public async Task Duplex_PingPong_EchoesEachRequestSize()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Http2Address);
        using var call = Duplex(channel);

        // Act + Assert
        foreach (var size in new[] { 31415, 9, 2653, 58979 })
        {
            await call.RequestStream.WriteAsync(Request(size));
            var response = await call.ResponseStream.ReadAsync();
            Assert.Equal(size, response?.Payload.Body.Length);
        }

        call.RequestStream.Complete();
        Assert.Null(await call.ResponseStream.ReadAsync());
        Assert.Equal(StatusCode.OK, call.Status?.Code);
    }

    [Fact]
    public async Task Duplex_Call_RunsWithoutKestrelBodySizeLimit()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Http2Address);
        using var call = Duplex(channel);

        // Act
        await call.RequestStream.WriteAsync(Request(1));
        await call.ResponseStream.ReadAsync();

        // Assert: a long session stream must never hit Kestrel's 30 MB body limit.
        Assert.Null(server.Service.LastDuplexBodySizeLimit);
        call.RequestStream.Complete();
    }

    [Fact]
    public async Task Duplex_EmptyStream_EndsWithOk()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Http2Address);
        using var call = Duplex(channel);

        // Act
        call.RequestStream.Complete();
        var response = await call.ResponseStream.ReadAsync();

        // Assert
        Assert.Null(response);
        Assert.Equal(StatusCode.OK, call.Status?.Code);
    }

    [Fact]
    public async Task ServerStreaming_FourSizes_ArriveInOrder()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Http2Address);
        var request = new StreamingOutputCallRequest();
        request.ResponseParameters.Add(new[] { 31415, 9, 2653, 58979 }.Select(s => new ResponseParameters { Size = s }));

        // Act
        using var call = channel.ServerStreaming(Service + "StreamingOutputCall", request, StreamingOutputCallResponse.Parser);
        var sizes = new List<int>();
        await foreach (var response in call.ResponseStream)
        {
            sizes.Add(response.Payload.Body.Length);
        }

        // Assert
        Assert.Equal([31415, 9, 2653, 58979], sizes);
    }

    [Fact]
    public async Task Duplex_CancelAfterFirstResponse_FailsCancelledAndServerTokenFires()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Http2Address);
        using var cts = new CancellationTokenSource();
        var serverCancelled = server.Service.ResetDuplexCancelled();
        using var call = Duplex(channel, new CallOptions { CancellationToken = cts.Token });
        await call.RequestStream.WriteAsync(Request(31415));
        Assert.NotNull(await call.ResponseStream.ReadAsync());

        // Act
        await cts.CancelAsync();
        var error = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseStream.ReadAsync());

        // Assert
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        await serverCancelled.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Duplex_DeadlineOnSleepingServer_FailsDeadlineExceeded()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Http2Address);
        using var call = Duplex(channel, new CallOptions { Deadline = DateTime.UtcNow.AddMilliseconds(50) });
        await call.RequestStream.WriteAsync(new StreamingOutputCallRequest { Payload = new Payload { Body = ByteString.CopyFrom(new byte[27182]) } });

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseStream.ReadAsync());

        // Assert
        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    [Fact]
    public async Task Unary_WithDeadline_ServerSeesDeadline()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Http2Address);
        var deadline = DateTime.UtcNow.AddMinutes(5);

        // Act
        await channel.UnaryAsync(Service + "UnaryCall", new SimpleRequest(), SimpleResponse.Parser,
            new CallOptions { Deadline = deadline });

        // Assert: grpc-timeout rounds up, and the server measures from when it received the call.
        Assert.InRange(server.Service.LastUnaryDeadline, deadline.AddSeconds(-30), deadline.AddSeconds(30));
    }

    [Theory]
    [InlineData("test status message")]
    [InlineData(SpecialMessage)]
    public async Task Unary_StatusRequested_ThrowsWithCodeAndMessage(string message)
    {
        // Arrange
        using var channel = new GrpcChannel(server.Http2Address);
        var request = new SimpleRequest { ResponseStatus = new EchoStatus { Code = 2, Message = message } };

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            channel.UnaryAsync(Service + "UnaryCall", request, SimpleResponse.Parser));

        // Assert
        Assert.Equal(new Status(StatusCode.Unknown, message), error.Status);
    }

    [Theory]
    [InlineData("/fletactors.interop.TestService/UnimplementedCall")]
    [InlineData("/fletactors.interop.UnimplementedService/UnimplementedCall")]
    public async Task Unary_UnknownMethodOrService_ThrowsUnimplemented(string path)
    {
        // Arrange
        using var channel = new GrpcChannel(server.Http2Address);

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() => channel.UnaryAsync(path, new Empty(), Empty.Parser));

        // Assert
        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }

    [Theory]
    [InlineData(0, StatusCode.OK)]
    [InlineData(1, StatusCode.ResourceExhausted)]
    public async Task Unary_RequestAroundLimit_AcceptedOrResourceExhausted(int overLimit, StatusCode expected)
    {
        // Arrange
        using var channel = new GrpcChannel(server.Http2Address);
        var request = RequestOfSize(GrpcTestServer.MaxMessageSize + overLimit);

        // Act
        var status = StatusCode.OK;
        try
        {
            await channel.UnaryAsync(Service + "UnaryCall", request, SimpleResponse.Parser);
        }
        catch (RpcException ex)
        {
            status = ex.StatusCode;
        }

        // Assert
        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task Unary_ResponseOverClientLimit_ThrowsResourceExhausted()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Http2Address, new GrpcChannelOptions { MaxReceiveMessageSize = 1000 });

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            channel.UnaryAsync(Service + "UnaryCall", new SimpleRequest { ResponseSize = 2000 }, SimpleResponse.Parser));

        // Assert
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task HealthCheck_OverallAndUnknown_ServingThenNotFound()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Http2Address);
        const string check = "/grpc.health.v1.Health/Check";

        // Act
        var overall = await channel.UnaryAsync(check, new HealthCheckRequest(), HealthCheckResponse.Parser);
        var unknown = await Assert.ThrowsAsync<RpcException>(() =>
            channel.UnaryAsync(check, new HealthCheckRequest { Service = "nope" }, HealthCheckResponse.Parser));

        // Assert
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, overall.Status);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task HealthWatch_StatusChanges_AreStreamed()
    {
        // Arrange
        using var channel = new GrpcChannel(server.Http2Address);
        const string name = "watched.Service";
        using var watch = channel.ServerStreaming("/grpc.health.v1.Health/Watch",
            new HealthCheckRequest { Service = name }, HealthCheckResponse.Parser);

        // Act + Assert
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.ServiceUnknown, (await watch.ResponseStream.ReadAsync())?.Status);
        server.Health.SetStatus(name, HealthCheckResponse.Types.ServingStatus.NotServing);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, (await watch.ResponseStream.ReadAsync())?.Status);
        server.Health.SetStatus(name, HealthCheckResponse.Types.ServingStatus.Serving);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await watch.ResponseStream.ReadAsync())?.Status);
    }

    [Fact]
    public async Task RequestStream_OverlappingWrites_SecondIsRefused()
    {
        // Arrange: a one-frame queue that nothing drains, so the second write waits for good.
        var frames = System.Threading.Channels.Channel.CreateBounded<byte[]>(1);
        var writer = new RequestStreamWriter<StreamingOutputCallRequest>(frames.Writer, int.MaxValue, compression: null,
            callOver: e => e, CancellationToken.None);
        await writer.WriteAsync(Request(1));
        var pending = writer.WriteAsync(Request(1));

        // Act
        var overlapping = await Record.ExceptionAsync(() => writer.WriteAsync(Request(1)).AsTask().WaitAsync(TimeSpan.FromSeconds(10)));

        // Assert
        Assert.False(pending.IsCompleted);
        Assert.IsType<InvalidOperationException>(overlapping);
        frames.Reader.TryRead(out _);
        await pending;
    }

    private static DuplexStreamingCall<StreamingOutputCallRequest, StreamingOutputCallResponse> Duplex(
        GrpcChannel channel, CallOptions? options = null) =>
        channel.DuplexStreaming<StreamingOutputCallRequest, StreamingOutputCallResponse>(
            Service + "FullDuplexCall", StreamingOutputCallResponse.Parser, options);

    private static StreamingOutputCallRequest Request(int responseSize) => new()
    {
        ResponseParameters = { new ResponseParameters { Size = responseSize } },
    };

    private static SimpleRequest RequestOfSize(int total)
    {
        for (var body = total; body > 0; body--)
        {
            var request = new SimpleRequest { Payload = new Payload { Body = ByteString.CopyFrom(new byte[body]) } };
            if (request.CalculateSize() == total)
            {
                return request;
            }
        }

        throw new InvalidOperationException($"No request of {total} bytes.");
    }
}
