using System.Net;
using System.Text;
using FletActors.Server.Tests.Interop.Service;
using FletActors.Server.Tests.Transport;
using Grpc.Core;
using Grpc.Net.Client;

namespace FletActors.Server.Tests.Interop;

/// <summary>gRPC-Web text mode and CORS over plain HTTP/1.1 requests.</summary>
[Collection(InteropServerGroup.Name)]
public sealed class RawGrpcWebTests(InteropTestServer server)
{
    private const string StreamingOutput = "/fletactors.interop.TestService/StreamingOutputCall";

    [Fact]
    public async Task GrpcWebText_ServerStreaming_ReturnsBase64FramesThenTrailerFrame()
    {
        // Arrange
        using var http = new HttpClient();
        var frame = WireFrames.Frame(new StreamingOutputCallRequest
        {
            ResponseParameters = { new ResponseParameters { Size = 3 }, new ResponseParameters { Size = 7 } },
        });
        var request = RawGrpcRequest.Request(server.Http1Address, StreamingOutput,
            Encoding.ASCII.GetBytes(Convert.ToBase64String(frame)), "application/grpc-web-text", HttpVersion.Version11);
        request.Headers.Accept.ParseAdd("application/grpc-web-text");

        // Act
        var (response, body, _) = await RawGrpcRequest.SendAsync(http, request);
        var frames = DecodeTextBody(body);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Version(1, 1), response.Version);
        Assert.Equal("application/grpc-web-text", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, frames.Count);
        Assert.Equal(3, StreamingOutputCallResponse.Parser.ParseFrom(frames[0].Payload).Payload.Body.Length);
        Assert.Equal(7, StreamingOutputCallResponse.Parser.ParseFrom(frames[1].Payload).Payload.Body.Length);
        Assert.True(frames[2].IsTrailers);
        Assert.Contains(new KeyValuePair<string, string>("grpc-status", "0"), WireFrames.Trailers(frames[2].Payload));
    }

    [Fact]
    public async Task GrpcWebText_RequestBase64SplitWithPaddingInside_IsRefusedAsIncomplete()
    {
        // Arrange: the request frame encoded in two independently padded base64 chunks. Browser clients send one
        // base64 string per request body; grpc-dotnet decodes that, and refuses padding in the middle.
        using var http = new HttpClient();
        var frame = WireFrames.Frame(new SimpleRequest { ResponseSize = 4 });
        var text = Convert.ToBase64String(frame[..4]) + Convert.ToBase64String(frame[4..]);
        var request = RawGrpcRequest.Request(server.Http1Address, "/fletactors.interop.TestService/UnaryCall",
            Encoding.ASCII.GetBytes(text), "application/grpc-web-text", HttpVersion.Version11);

        // Act
        var (_, body, status) = await RawGrpcRequest.SendAsync(http, request);

        // Assert
        Assert.Empty(body);
        Assert.Equal(StatusCode.Internal, status?.StatusCode);
        Assert.Contains("Incomplete message", status?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrpcWeb_ErrorBeforeAnyMessage_IsOnlyATrailerFrameWithPercentEncodedMessage()
    {
        // Arrange
        using var http = new HttpClient();
        var frame = WireFrames.Frame(new SimpleRequest { ResponseStatus = new EchoStatus { Code = 5, Message = "gone 100%" } });
        var request = RawGrpcRequest.Request(server.Http1Address, "/fletactors.interop.TestService/UnaryCall", frame,
            "application/grpc-web+proto", HttpVersion.Version11);

        // Act
        var (response, body, status) = await RawGrpcRequest.SendAsync(http, request);

        // Assert: no message; grpc-dotnet puts even an immediate error in the trailer frame, which gRPC-Web allows.
        Assert.Null(GrpcStatusHeaders.From(response.Headers));
        var trailers = WireFrames.Trailers(Assert.Single(WireFrames.Split(body), f => f.IsTrailers).Payload);
        Assert.Equal(new Status(StatusCode.NotFound, "gone 100%"), GrpcStatusHeaders.From(trailers));
        Assert.Equal("gone 100%25", trailers["grpc-message"]);
    }

    [Fact]
    public async Task CorsPreflight_AllowedOrigin_AllowsPostAndRequestedHeaders()
    {
        // Arrange
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri(server.Http1Address, StreamingOutput));
        request.Headers.Add("Origin", InteropTestServer.AllowedOrigin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-grpc-web,x-user-agent");

        // Act
        using var response = await http.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(InteropTestServer.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Equal("content-type,x-grpc-web,x-user-agent",
            response.Headers.GetValues("Access-Control-Allow-Headers").Single());
    }

    [Fact]
    public async Task CorsPreflight_UnknownOrigin_GetsNoAllowOrigin()
    {
        // Arrange
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri(server.Http1Address, StreamingOutput));
        request.Headers.Add("Origin", "http://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        // Act
        using var response = await http.SendAsync(request);

        // Assert: ASP.NET Core answers the preflight without CORS headers, so the browser sends nothing.
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task GrpcWeb_AllowedOrigin_ExposesStatusHeaders()
    {
        // Arrange
        using var http = new HttpClient();
        var request = RawGrpcRequest.Request(server.Http1Address, "/fletactors.interop.TestService/EmptyCall",
            WireFrames.Frame(new Empty()), "application/grpc-web", HttpVersion.Version11);
        request.Headers.Add("Origin", InteropTestServer.AllowedOrigin);

        // Act
        var (response, _, _) = await RawGrpcRequest.SendAsync(http, request);

        // Assert
        Assert.Equal(InteropTestServer.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").Single();
        Assert.Contains("grpc-status", exposed, StringComparison.Ordinal);
        Assert.Contains("grpc-message", exposed, StringComparison.Ordinal);
        Assert.Contains("grpc-encoding", exposed, StringComparison.Ordinal);
        Assert.Contains("grpc-accept-encoding", exposed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrpcWeb_SameOriginPost_IsServedWithoutCorsConfiguration()
    {
        // Arrange: a browser posts with Origin set to the page's own server, which is in no CORS list.
        using var http = new HttpClient();
        var request = RawGrpcRequest.Request(server.Http1Address, "/fletactors.interop.TestService/EmptyCall",
            WireFrames.Frame(new Empty()), "application/grpc-web", HttpVersion.Version11);
        request.Headers.Add("Origin", server.Http1Address.GetLeftPart(UriPartial.Authority));

        // Act
        var (response, body, _) = await RawGrpcRequest.SendAsync(http, request);

        // Assert: the call ran to its gRPC-Web trailer frame with OK.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("grpc-status: 0", System.Text.Encoding.ASCII.GetString(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrpcWeb_ForeignOriginPost_GetsNoAllowOrigin()
    {
        // Arrange
        using var http = new HttpClient();
        var request = RawGrpcRequest.Request(server.Http1Address, "/fletactors.interop.TestService/EmptyCall",
            WireFrames.Frame(new Empty()), "application/grpc-web", HttpVersion.Version11);
        request.Headers.Add("Origin", "http://evil.example");

        // Act
        var (response, _, _) = await RawGrpcRequest.SendAsync(http, request);

        // Assert: a browser never sends this without a preflight it passed; a script that forges it gets no CORS
        // headers, so a page of that origin could not read the answer.
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task NativeGrpc_OverHttp1_IsRefusedWithInternal()
    {
        // Arrange
        using var http = new HttpClient();
        var request = RawGrpcRequest.Request(server.Http1Address, "/fletactors.interop.TestService/EmptyCall",
            WireFrames.Frame(new Empty()), "application/grpc", HttpVersion.Version11);

        // Act
        var (_, _, status) = await RawGrpcRequest.SendAsync(http, request);

        // Assert
        Assert.Equal(StatusCode.Internal, status?.StatusCode);
        Assert.Contains("HTTP/1.1", status?.Detail, StringComparison.Ordinal);
    }

    private static List<WireFrame> DecodeTextBody(byte[] body) => WireFrames.SplitText(body);
}
