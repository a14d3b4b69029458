using FletActors.Protocol.V1;
using Grpc.Core;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// Malformed or out-of-protocol input on the session service gets the right status, and a healthy session on the
/// same server answers clicks before and after it.
/// </summary>
public sealed class SessionBadInputTests
{
    private const string Connect = "/fletactors.v1.SessionService/Connect";
    private const string Send = "/fletactors.v1.SessionService/Send";
    private const int MaxMessageBytes = 64 * 1024;

    public static TheoryData<string, StatusCode, string> ConnectCases => new()
    {
        { "truncated frame", StatusCode.Internal, "Incomplete message" },
        { "length prefix over the limit", StatusCode.ResourceExhausted, "exceeds the maximum" },
        { "protobuf garbage", StatusCode.Internal, "Failed to parse a client message" },
        { "compressed flag without grpc-encoding", StatusCode.Internal, "grpc-encoding" },
        { "empty stream", StatusCode.InvalidArgument, "before Register or Resume" },
        { "first message an Ack", StatusCode.InvalidArgument, "must be Register or Resume" },
        { "first message an event", StatusCode.InvalidArgument, "must be Register or Resume" },
        { "first message empty", StatusCode.InvalidArgument, "must be Register or Resume" },
        { "register then garbage", StatusCode.Internal, "Failed to parse a client message" },
        { "register then a second register", StatusCode.InvalidArgument, "Register is only allowed as the first message" },
        { "register for an unknown app", StatusCode.NotFound, "no app named" },
    };

    public static TheoryData<string, StatusCode, string> SendCases => new()
    {
        { "register inside send", StatusCode.InvalidArgument, "Register is only allowed" },
        { "resume inside send", StatusCode.InvalidArgument, "Resume is only allowed" },
        { "unknown session id", StatusCode.NotFound, "session not found" },
        { "wrong resume token", StatusCode.PermissionDenied, "token was refused" },
        { "truncated frame", StatusCode.Internal, "Incomplete message" },
        { "length prefix over the limit", StatusCode.ResourceExhausted, "exceeds the maximum" },
        { "protobuf garbage", StatusCode.Unknown, "Exception was thrown by handler." },
        { "compressed flag without grpc-encoding", StatusCode.Internal, "grpc-encoding" },
    };

    [Theory]
    [MemberData(nameof(ConnectCases))]
    public async Task Connect_BadInput_GetsStatusWhileHealthySessionAnswers(string input, StatusCode expected, string detail)
    {
        // Arrange
        await using var server = await StartServerAsync();
        await using var healthy = await HealthySession.StartAsync(server.GrpcUrl);
        await healthy.ClickAndSeeHelloAsync();

        // Act
        var (status, _) = await RawGrpcRequest.CallAsync(server.GrpcUrl, Connect, ConnectBody(input));

        // Assert
        Assert.Equal(expected, status.StatusCode);
        Assert.Contains(detail, status.Detail, StringComparison.Ordinal);
        Assert.Equal(2, await healthy.ClickAndSeeHelloAsync());
    }

    [Theory]
    [MemberData(nameof(SendCases))]
    public async Task Send_BadInput_GetsStatusWhileHealthySessionAnswers(string input, StatusCode expected, string detail)
    {
        // Arrange: a victim session whose credentials the bad calls use or mangle.
        await using var server = await StartServerAsync();
        await using var healthy = await HealthySession.StartAsync(server.GrpcUrl);
        await healthy.ClickAndSeeHelloAsync();
        using var victim = await RawSession.RegisterAsync(server.Channel);

        // Act
        var (status, _) = await RawGrpcRequest.CallAsync(server.GrpcUrl, Send, SendBody(input, victim.Started!));

        // Assert: the status, the healthy session, and the victim session itself still answering a click.
        Assert.Equal(expected, status.StatusCode);
        Assert.Contains(detail, status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(victim.Started!.ResumeToken, status.Detail, StringComparison.Ordinal);
        Assert.Equal(2, await healthy.ClickAndSeeHelloAsync());
        var button = await victim.WaitForAsync(SessionProbes.Button);
        await victim.ClickAsync(button.Id);
        await victim.WaitForAsync(SessionProbes.HellosReach(1));
    }

    [Fact]
    public async Task Send_ValidClick_IsDeliveredToTheConnectSession()
    {
        // Arrange: the good path of the same raw call, so the cases above fail for the reason they name.
        await using var server = await StartServerAsync();
        using var session = await RawSession.RegisterAsync(server.Channel);
        var button = await session.WaitForAsync(SessionProbes.Button);
        var request = new SendRequest { SessionId = session.Started!.SessionId, ResumeToken = session.Started.ResumeToken };
        request.Messages.Add(Click(button.Id));

        // Act
        var (status, _) = await RawGrpcRequest.CallAsync(server.GrpcUrl, Send, WireFrames.Frame(request));

        // Assert
        Assert.Equal(StatusCode.OK, status.StatusCode);
        await session.WaitForAsync(SessionProbes.HellosReach(1));
    }

    internal static Task<LiveServer> StartServerAsync(int maxEventsPerSecond = 50) =>
        LiveServer.StartAsync(o => o with
        {
            MaxMessageBytes = MaxMessageBytes,
            Sessions = o.Sessions with { MaxEventsPerSecond = maxEventsPerSecond },
        });

    internal static ClientMessage Click(ulong controlId) =>
        new() { Event = new Protocol.V1.ControlEvent { ControlId = controlId, Name = "click" } };

    private static byte[] ConnectBody(string input)
    {
        var register = WireFrames.Frame(new ClientMessage { Register = new Register { Route = "/" } });
        return input switch
        {
            "truncated frame" => register[..^1],
            "length prefix over the limit" => WireFrames.Prefix(MaxMessageBytes + 1),
            "protobuf garbage" => WireFrames.Frame(0, [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]),
            "compressed flag without grpc-encoding" => WireFrames.Frame(WireFrames.CompressedFlag, register.AsSpan(WireFrames.PrefixLength)),
            "empty stream" => [],
            "first message an Ack" => WireFrames.Frame(new ClientMessage { Ack = new Ack { Epoch = 1, Seq = 1 } }),
            "first message an event" => WireFrames.Frame(Click(2)),
            "first message empty" => WireFrames.Frame(new ClientMessage()),
            "register then garbage" => [.. register, .. WireFrames.Frame(0, [0xFF, 0xFF, 0xFF, 0xFF, 0x0F])],
            "register then a second register" => [.. register, .. register],
            "register for an unknown app" => WireFrames.Frame(new ClientMessage { Register = new Register { App = "nope" } }),
            _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
        };
    }

    private static byte[] SendBody(string input, SessionStarted victim)
    {
        var request = new SendRequest { SessionId = victim.SessionId, ResumeToken = victim.ResumeToken };
        switch (input)
        {
            case "register inside send":
                request.Messages.Add(new ClientMessage { Register = new Register() });
                break;
            case "resume inside send":
                request.Messages.Add(new ClientMessage { Resume = new Resume { SessionId = victim.SessionId, ResumeToken = victim.ResumeToken } });
                break;
            case "unknown session id":
                request.SessionId = "no-such-session";
                request.Messages.Add(Click(2));
                break;
            case "wrong resume token":
                request.ResumeToken = "not-the-token";
                request.Messages.Add(Click(2));
                break;
            case "truncated frame":
                return WireFrames.Frame(request)[..^1];
            case "length prefix over the limit":
                return WireFrames.Prefix(MaxMessageBytes + 1);
            case "protobuf garbage":
                return WireFrames.Frame(0, [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]);
            case "compressed flag without grpc-encoding":
                return WireFrames.Frame(WireFrames.CompressedFlag, WireFrames.Frame(request).AsSpan(WireFrames.PrefixLength));
            default:
                throw new ArgumentOutOfRangeException(nameof(input), input, null);
        }

        return WireFrames.Frame(request);
    }
}
