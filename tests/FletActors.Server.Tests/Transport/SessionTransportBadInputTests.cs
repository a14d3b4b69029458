using System.Net;
using FletActors.Protocol.V1;
using FletActors.Server.Tests.Interop;
using Grpc.Core;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// Input the gRPC layer refuses before any session sees it, sent to the real server while a healthy session on the
/// same server answers clicks before and after: each gets its status (or HTTP 415), and nothing else changes.
/// </summary>
public sealed class SessionTransportBadInputTests
{
    private const string Connect = "/fletactors.v1.SessionService/Connect";
    private const int MaxMessageBytes = 64 * 1024;

    public static TheoryData<string, string, string?, StatusCode, string> Cases => new()
    {
        { "unknown method", "/fletactors.v1.SessionService/Disconnect", null, StatusCode.Unimplemented, "Method is unimplemented" },
        { "unknown service", "/fletactors.v9.SessionService/Connect", null, StatusCode.Unimplemented, "Service is unimplemented" },
        { "compressed frame in an unknown encoding", Connect, "snappy", StatusCode.Unimplemented, "Unsupported grpc-encoding value 'snappy'" },
        { "gzip bomb", Connect, "gzip", StatusCode.ResourceExhausted, "exceeds the maximum configured message size" },
        { "corrupt gzip", Connect, "gzip", StatusCode.Internal, "Failed to decompress the gzip request message" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Call_BadTransportInput_GetsStatusWhileHealthySessionAnswers(string input, string path, string? encoding,
        StatusCode expected, string detail)
    {
        // Arrange
        await using var server = await LiveServer.StartAsync(o => o with { MaxMessageBytes = MaxMessageBytes });
        await using var healthy = await HealthySession.StartAsync(server.GrpcUrl);
        await healthy.ClickAndSeeHelloAsync();
        using var http = new HttpClient();
        using var request = RawGrpcRequest.Request(server.GrpcUrl, path, Body(input));
        if (encoding is not null)
        {
            request.Headers.TryAddWithoutValidation("grpc-encoding", encoding);
        }

        // Act
        var (response, _, status) = await RawGrpcRequest.SendAsync(http, request);

        // Assert
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected, status?.StatusCode);
            Assert.Contains(detail, status?.Detail, StringComparison.Ordinal);
        }

        Assert.Equal(2, await healthy.ClickAndSeeHelloAsync());
        Assert.Equal(1, server.Server.SessionCount);
    }

    [Fact]
    public async Task Connect_WrongContentType_Gets415WhileHealthySessionAnswers()
    {
        // Arrange
        await using var server = await LiveServer.StartAsync();
        await using var healthy = await HealthySession.StartAsync(server.GrpcUrl);
        using var http = new HttpClient();
        using var request = RawGrpcRequest.Request(server.GrpcUrl, Connect, Body("register"), "application/json");

        // Act
        var (response, _, _) = await RawGrpcRequest.SendAsync(http, request);

        // Assert
        using (response)
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        }

        Assert.Equal(1, await healthy.ClickAndSeeHelloAsync());
    }

    [Fact]
    public async Task Connect_ClientThatNeverReads_StreamEndsResourceExhaustedWhileHealthySessionAnswers()
    {
        // Arrange: a client that registers, then only writes. Each event names no event of the button, so the
        // session answers each with an error report (which no acknowledgement window holds back); the reports fill
        // the client's HTTP/2 window, Kestrel's stream buffer, and then the stream's own queue.
        var stalledApp = new GatedCounterApp();
        await using var server = await LiveServer.StartAsync(
            b => b.AddApp("hello", HelloApp.Create(HelloApp.DefaultDelay)).AddApp("stalled", stalledApp.Main),
            o => o with { Sessions = o.Sessions with { MaxEventsPerSecond = 100_000 } });
        await using var healthy = await HealthySession.StartAsync(server.GrpcUrl);
        using var stalled = await RawSession.RegisterAsync(server.Channel, "stalled");
        var button = await stalled.WaitForAsync(t => t.FindByText(GatedCounterApp.ButtonText));

        // Act: write until the server gives up on the stream (then the writes fail too).
        var writeFailure = await Record.ExceptionAsync(async () =>
        {
            for (var i = 0; i < 5000; i++)
            {
                await stalled.SendAsync(new ClientMessage { Event = new Protocol.V1.ControlEvent { ControlId = button.Id, Name = "no-such-event" } });
            }
        });

        await Support.Awaiting.ConditionAsync(() => stalledApp.Disconnects == 1, TimeSpan.FromSeconds(15),
            "the session dropped the stream it could not write to");
        var during = await healthy.ClickAndSeeHelloAsync();
        var status = await stalled.ReadToEndAsync();

        // Assert: the stream is reset with ENHANCE_YOUR_CALM, which the client reports as RESOURCE_EXHAUSTED
        // (gRPC's doc/statuscodes.md: flow-control resource limits reached); the session lives on for a resume.
        Assert.Equal(1, during);
        Assert.Equal(StatusCode.ResourceExhausted, status.StatusCode);
        Assert.True(writeFailure is null or RpcException or HttpRequestException or IOException, writeFailure?.ToString());
        Assert.Equal(2, server.Server.SessionCount);
    }

    private static byte[] Body(string input)
    {
        var register = new ClientMessage { Register = new Register { Route = "/" } };
        return input switch
        {
            "compressed frame in an unknown encoding" => BclCompression.CompressedFrame(register, "gzip"),
            // 64 MiB of zeros in about 64 KiB: refused by its decompressed size, long before it is all inflated.
            "gzip bomb" => WireFrames.Frame(WireFrames.CompressedFlag, BclCompression.Compress(new byte[64 << 20], "gzip")),
            "corrupt gzip" => WireFrames.Frame(WireFrames.CompressedFlag, [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF, 0xDE, 0xAD, 0xBE, 0xEF]),
            _ => WireFrames.Frame(register),
        };
    }
}
