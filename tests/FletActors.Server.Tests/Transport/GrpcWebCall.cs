using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FletActors.Protocol.V1;
using Google.Protobuf;
using Grpc.Core;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// A gRPC-Web client made by hand on HttpClient over HTTP/1.1, in binary (<c>application/grpc-web+proto</c>) or text
/// (<c>application/grpc-web-text</c>, base64) mode: the Open stream read frame by frame as it arrives, and Send calls.
/// </summary>
public sealed class GrpcWebCall : IDisposable
{
    public const string OpenMethod = "/fletactors.v1.SessionService/Open";
    public const string SendMethod = "/fletactors.v1.SessionService/Send";
    public const string WebContentType = "application/grpc-web";
    public const string WebTextContentType = "application/grpc-web-text";

    private readonly HttpResponseMessage response;
    private readonly Stream body;
    private readonly bool text;
    private readonly StringBuilder pendingText = new();
    private readonly MemoryStream decoded = new();
    private readonly byte[] chunk = new byte[16 * 1024];
    private int consumed;

    private GrpcWebCall(HttpResponseMessage response, Stream body, bool text)
    {
        this.response = response;
        this.body = body;
        this.text = text;
    }

    /// <summary>The status from the trailer frame (or the Trailers-Only headers) once the stream ended.</summary>
    public Status? Status { get; private set; }

    public HttpResponseMessage Response => response;

    /// <summary>Starts an Open call; returns once the response headers arrived.</summary>
    public static async Task<GrpcWebCall> OpenAsync(HttpClient http, Uri server, OpenRequest request, bool text)
    {
        using var message = Request(server, OpenMethod, request, text);
        var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
        var call = new GrpcWebCall(response, await response.Content.ReadAsStreamAsync(), text);
        call.Status = GrpcStatusHeaders.From(response.Headers);
        return call;
    }

    /// <summary>Makes a unary Send call and returns its status.</summary>
    public static async Task<Status> SendAsync(HttpClient http, Uri server, SendRequest request, bool text)
    {
        using var message = Request(server, SendMethod, request, text);
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
        using var call = new GrpcWebCall(response, await response.Content.ReadAsStreamAsync(), text);
        call.Status = GrpcStatusHeaders.From(response.Headers);
        while (await call.ReadFrameAsync(TimeSpan.FromSeconds(10)) is not null)
        {
        }

        return call.Status ?? throw new InvalidOperationException("The Send response ended without a status.");
    }

    /// <summary>The next server message; null once the trailers arrived (see <see cref="Status"/>).</summary>
    public async Task<ServerMessage?> ReadAsync(TimeSpan timeout) =>
        await ReadFrameAsync(timeout) is { } payload ? ServerMessage.Parser.ParseFrom(payload) : null;

    public async Task<ServerMessage> ReadUntilAsync(Func<ServerMessage, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var remaining = deadline - DateTime.UtcNow;
            var message = await ReadAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1))
                ?? throw new InvalidOperationException($"The Open stream ended with {Status} before the awaited message.");
            if (match(message))
            {
                return message;
            }
        }
    }

    public void Dispose()
    {
        body.Dispose();
        response.Dispose();
        decoded.Dispose();
    }

    private static HttpRequestMessage Request(Uri server, string method, IMessage message, bool text)
    {
        var frame = WireFrames.Frame(message);
        var content = new ByteArrayContent(text ? Encoding.ASCII.GetBytes(Convert.ToBase64String(frame)) : frame);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(text ? WebTextContentType : WebContentType + "+proto");
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, method))
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        request.Headers.Accept.ParseAdd(text ? WebTextContentType : WebContentType);
        request.Headers.TryAddWithoutValidation("x-grpc-web", "1");
        return request;
    }

    /// <summary>The payload of the next message frame, or null after the trailer frame or the end of the body.</summary>
    private async Task<byte[]?> ReadFrameAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if (TryTakeFrame(out var payload, out var ended))
            {
                return ended ? null : payload;
            }

            int read;
            try
            {
                read = await body.ReadAsync(chunk, deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"No complete gRPC-Web frame within {timeout}.");
            }

            if (read == 0)
            {
                if (Status is null && decoded.Length > consumed)
                {
                    throw new InvalidOperationException("The gRPC-Web body ended inside a frame.");
                }

                return null;
            }

            if (text)
            {
                WireFrames.DecodeText(chunk.AsSpan(0, read), pendingText, decoded);
            }
            else
            {
                decoded.Write(chunk.AsSpan(0, read));
            }
        }
    }

    /// <summary>Takes one whole frame from what has been decoded: a message payload, or the trailers (ended).</summary>
    private bool TryTakeFrame(out byte[]? payload, out bool ended)
    {
        payload = null;
        ended = false;
        ReadOnlySpan<byte> available = decoded.GetBuffer().AsSpan(consumed, (int)decoded.Length - consumed);
        var before = available.Length;
        if (!WireFrames.TryTake(ref available, out var frame))
        {
            return false;
        }

        consumed += before - available.Length;
        if (!frame.IsTrailers)
        {
            payload = frame.Payload;
            return true;
        }

        Status = GrpcStatusHeaders.From(WireFrames.Trailers(frame.Payload));
        ended = true;
        return true;
    }
}
