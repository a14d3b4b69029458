using System.Globalization;
using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using FletActors.Protocol;
using Google.Protobuf;

namespace FletActors.Client.Transport;

/// <summary>
/// One call on the wire, client side: sends the request, reads response frames with the shared codec, and resolves
/// the status from Trailers-Only headers, trailers, HTTP errors, resets, deadline or cancellation.
/// </summary>
internal sealed class ClientCall<TResponse> : IDisposable
    where TResponse : class, IMessage<TResponse>
{
    private readonly CancellationTokenSource cancellation;
    private readonly CancellationTokenRegistration userRegistration;
    private readonly ITimer? deadlineTimer;
    private readonly MessageParser<TResponse> parser;
    private readonly GrpcChannelOptions options;
    private readonly CancellationToken userToken;
    private readonly Task<HttpResponseMessage>? responseTask;
    private HttpResponseMessage? response;
    private PipeReader? body;
    private string? responseEncoding;
    private volatile Status? status;
    private volatile bool deadlineExceeded;

    public ClientCall(HttpMessageInvoker invoker, Uri address, string method, HttpContent content,
        MessageParser<TResponse> parser, GrpcChannelOptions options, CallOptions callOptions,
        MessageCompression? requestCompression)
    {
        this.parser = parser;
        this.options = options;
        userToken = callOptions.CancellationToken;
        cancellation = new CancellationTokenSource();
        userRegistration = userToken.Register(static s => ((ClientCall<TResponse>)s!).Cancel(), this);

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, method))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        request.Headers.TryAddWithoutValidation("user-agent", "grpc-dotnet-fletactors/1.0");
        request.Headers.TryAddWithoutValidation(GrpcProtocol.AcceptEncodingHeader, GrpcCompression.AcceptEncoding);
        if (requestCompression is not null)
        {
            request.Headers.TryAddWithoutValidation(GrpcProtocol.EncodingHeader,
                requestCompression.Compressor.EncodingName);
        }

        foreach (var (name, value) in callOptions.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (callOptions.Deadline is { } deadline)
        {
            var remaining = deadline.ToUniversalTime() - options.TimeProvider.GetUtcNow().UtcDateTime;
            if (remaining <= TimeSpan.Zero)
            {
                // The deadline is already gone: fail locally, never put the call on the wire.
                deadlineExceeded = true;
                status = new Status(StatusCode.DeadlineExceeded, "Deadline exceeded before the call started.");
                request.Dispose();
                return;
            }

            request.Headers.TryAddWithoutValidation(GrpcProtocol.TimeoutHeader, GrpcTimeout.Format(remaining));
            deadlineTimer = options.TimeProvider.CreateTimer(static s => ((ClientCall<TResponse>)s!).DeadlineReached(),
                this, remaining, Timeout.InfiniteTimeSpan);
        }

        responseTask = invoker.SendAsync(request, cancellation.Token);
    }

    /// <summary>The final status, once the call is over.</summary>
    public Status? Status => status;

    /// <summary>The response headers (empty until they arrive), then the trailers once the call is over.</summary>
    public HttpResponseMessage? Response => response;

    /// <summary>
    /// Reads the next response message; <see langword="null"/> when the call ended with OK.
    /// </summary>
    /// <exception cref="RpcException">The call ended with another status.</exception>
    public async ValueTask<TResponse?> ReadMessageAsync(CancellationToken cancellationToken)
    {
        if (status is not null)
        {
            return Finished();
        }

        using var linked = cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, cancellation.Token)
            : null;
        var token = linked?.Token ?? cancellation.Token;
        try
        {
            var reader = await GetBodyAsync(token).ConfigureAwait(false);
            if (reader is null)
            {
                return Finished();
            }

            var frame = await GrpcFrameCodec.ReadFrameAsync(reader, options.MaxReceiveMessageSize, token)
                .ConfigureAwait(false);
            if (frame is { } f)
            {
                // A response compressed with an encoding this client does not know is INTERNAL (compression.md).
                return GrpcFrameCodec.ParseMessage(f, parser, responseEncoding, options.MaxReceiveMessageSize,
                    StatusCode.Internal);
            }

            status ??= StatusFromMetadata(response!.TrailingHeaders)
                ?? new Status(StatusCode.Internal, "The response ended without a grpc-status trailer.");
            return Finished();
        }
        catch (RpcException ex) when (status is null)
        {
            status = ex.Status;
            Cancel();
            throw;
        }
        catch (Exception ex) when (status is null && IsTransportFailure(ex))
        {
            if (cancellationToken.IsCancellationRequested && !cancellation.IsCancellationRequested)
            {
                // Only this read was cancelled, not the call.
                throw;
            }

            status = FailureStatus(ex);
            Cancel();
            throw new RpcException(status, ex);
        }
        catch (Exception ex) when (status is not null && IsTransportFailure(ex))
        {
            throw new RpcException(status, ex);
        }
    }

    /// <summary>The status a request write should fail with, once the call is over.</summary>
    public Exception RequestWriteFailure(Exception cause) => status is { Code: not StatusCode.OK } s
        ? new RpcException(s, cause)
        : new InvalidOperationException("The call is over; no more requests can be written.", cause);

    public CancellationToken CancellationToken => cancellation.Token;

    public void Cancel()
    {
        try
        {
            cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already disposed: the call is over.
        }

        // After the response headers arrived, only disposing the response resets the HTTP/2 stream
        // (RST_STREAM CANCEL); cancelling the send token alone leaves the server's call running.
        Volatile.Read(ref response)?.Dispose();
    }

    public void Dispose()
    {
        if (status is null)
        {
            status = new Status(StatusCode.Cancelled, "The call was disposed before it completed.");
            Cancel();
        }

        deadlineTimer?.Dispose();
        userRegistration.Dispose();
        response?.Dispose();
        cancellation.Dispose();
    }

    private TResponse? Finished() => status!.Code == StatusCode.OK ? null : throw new RpcException(status);

    private async ValueTask<PipeReader?> GetBodyAsync(CancellationToken token)
    {
        if (body is not null)
        {
            return body;
        }

        var r = await responseTask!.WaitAsync(token).ConfigureAwait(false);
        Volatile.Write(ref response, r);
        if (cancellation.IsCancellationRequested)
        {
            r.Dispose();
            token.ThrowIfCancellationRequested();
        }

        if (r.StatusCode != HttpStatusCode.OK)
        {
            status = new Status(FromHttpStatus(r.StatusCode),
                $"Bad gRPC response: HTTP status {(int)r.StatusCode} ({r.StatusCode}).");
            return null;
        }

        if (StatusFromMetadata(r.Headers) is { } trailersOnly)
        {
            status = trailersOnly;
            return null;
        }

        var contentType = r.Content.Headers.ContentType?.MediaType;
        if (contentType is null || !contentType.StartsWith(GrpcProtocol.ContentType, StringComparison.OrdinalIgnoreCase))
        {
            status = new Status(StatusCode.Internal, $"Bad gRPC response: content type '{contentType}'.");
            return null;
        }

        responseEncoding = r.Headers.TryGetValues(GrpcProtocol.EncodingHeader, out var encodings)
            ? string.Join(',', encodings)
            : null;
        var stream = await r.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        body = PipeReader.Create(stream);
        return body;
    }

    private static Status? StatusFromMetadata(HttpHeaders headers)
    {
        if (!headers.TryGetValues(GrpcProtocol.StatusHeader, out var values))
        {
            return null;
        }

        var text = values.FirstOrDefault();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return new Status(StatusCode.Unknown, $"Unexpected grpc-status '{text}'.");
        }

        var detail = headers.TryGetValues(GrpcProtocol.MessageHeader, out var messages)
            ? GrpcStatusMessage.Decode(string.Join(',', messages))
            : string.Empty;
        return new Status((StatusCode)code, detail);
    }

    private Status FailureStatus(Exception ex)
    {
        if (deadlineExceeded)
        {
            return new Status(StatusCode.DeadlineExceeded, "Deadline exceeded.");
        }

        if (userToken.IsCancellationRequested || cancellation.IsCancellationRequested)
        {
            return new Status(StatusCode.Cancelled, "The call was cancelled.");
        }

        var protocolError = ex as HttpProtocolException ?? ex.InnerException as HttpProtocolException;
        return protocolError switch
        {
            { ErrorCode: GrpcProtocol.Http2CancelErrorCode } => new Status(StatusCode.Cancelled, ex.Message),
            { ErrorCode: 0x7 } => new Status(StatusCode.Unavailable, ex.Message),
            { ErrorCode: 0xB } => new Status(StatusCode.ResourceExhausted, ex.Message),
            { ErrorCode: 0xC } => new Status(StatusCode.PermissionDenied, ex.Message),
            not null => new Status(StatusCode.Internal, ex.Message),
            null when ex is HttpRequestException => new Status(StatusCode.Unavailable, ex.Message),
            _ => new Status(StatusCode.Internal, ex.Message),
        };
    }

    private static bool IsTransportFailure(Exception ex) =>
        ex is OperationCanceledException or IOException or HttpRequestException or ObjectDisposedException;

    private static StatusCode FromHttpStatus(HttpStatusCode code) => code switch
    {
        HttpStatusCode.BadRequest => StatusCode.Internal,
        HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
        HttpStatusCode.NotFound => StatusCode.Unimplemented,
        HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };

    private void DeadlineReached()
    {
        deadlineExceeded = true;
        Cancel();
    }
}
