using FletActors.Grpc.Calls;
using Microsoft.AspNetCore.Http;

namespace FletActors.Grpc;

/// <summary>What a handler knows about its call: deadline, cancellation, metadata, peer.</summary>
public sealed class ServerCallContext
{
    private readonly GrpcCall call;

    internal ServerCallContext(GrpcCall call, string method)
    {
        this.call = call;
        Method = method;
    }

    /// <summary>The full method path, e.g. <c>/fletactors.v1.SessionService/Connect</c>.</summary>
    public string Method { get; }

    /// <summary>
    /// Cancelled when the client cancels (RST_STREAM), the connection drops, or the deadline passes.
    /// </summary>
    public CancellationToken CancellationToken => call.CancellationToken;

    /// <summary>The call's deadline in UTC; <see cref="DateTime.MaxValue"/> when the client set none.</summary>
    public DateTime Deadline => call.Deadline;

    /// <summary>The request headers (metadata), as received.</summary>
    public IHeaderDictionary RequestHeaders => call.Http.Request.Headers;

    /// <summary>Metadata sent with the response headers; set it before the first response message.</summary>
    public IDictionary<string, string> ResponseHeaders => call.ResponseHeaders;

    /// <summary>Metadata sent with the trailers, beside <c>grpc-status</c>.</summary>
    public IDictionary<string, string> ResponseTrailers => call.ResponseTrailers;

    /// <summary>The client's address, e.g. <c>ipv4:127.0.0.1:50312</c>.</summary>
    public string Peer => call.Peer;

    /// <summary>The underlying HTTP request, for what the gRPC view does not cover (user, TLS, features).</summary>
    public HttpContext HttpContext => call.Http;

    /// <summary>
    /// Whether the next response messages may be compressed; <see langword="true"/> unless cleared. Compression
    /// happens only when the server is configured for it (<see cref="GrpcServerOptions.ResponseCompression"/>) and
    /// the client accepts that encoding. Clear it before writing a message that mixes secrets with data an attacker
    /// chooses (CRIME/BREACH); each message written while it is clear goes uncompressed.
    /// </summary>
    public bool CompressResponses
    {
        get => call.CompressResponses;
        set => call.CompressResponses = value;
    }

    /// <summary>The <c>grpc-encoding</c> responses are compressed with on this call; null when they are not.</summary>
    public string? ResponseEncoding => call.ResponseCompression?.Compressor.EncodingName;

    /// <summary>Sends the response headers now (otherwise they leave with the first message).</summary>
    public Task WriteResponseHeadersAsync() => call.StartResponseAsync();
}
