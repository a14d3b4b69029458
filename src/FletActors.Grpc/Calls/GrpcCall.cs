using System.IO.Pipelines;
using FletActors.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FletActors.Grpc.Calls;

/// <summary>
/// The server side of one call on the wire: request frames in, response frames and the status out, in the native
/// or the gRPC-Web flavour. Everything that touches the response body goes through here.
/// </summary>
internal sealed partial class GrpcCall : IDisposable
{
    private readonly CancellationTokenSource cancellation;
    private readonly TaskCompletionSource interrupted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenRegistration abortRegistration;
    private readonly CancellationTokenRegistration interruptRegistration;
    private readonly ITimer? deadlineTimer;
    private Task? writerPump;
    private volatile bool responseStarted;
    private volatile bool completed;

    public GrpcCall(HttpContext http, GrpcWireMode mode, GrpcServerRuntime runtime, TimeSpan? timeout)
    {
        Http = http;
        Mode = mode;
        Options = runtime.Options;
        Logger = runtime.Logger;
        var timeProvider = runtime.TimeProvider;
        var encoding = http.Request.Headers[GrpcProtocol.EncodingHeader].ToString();
        RequestEncoding = encoding.Length == 0 ? null : encoding;
        ResponseCompression = runtime.ResponseCompression is { } compression && GrpcCompression.Accepts(
            http.Request.Headers[GrpcProtocol.AcceptEncodingHeader].ToString(), compression.Compressor.EncodingName)
            ? compression
            : null;
        cancellation = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        if (timeout is { } t)
        {
            Deadline = timeProvider.GetUtcNow().UtcDateTime + t;
            // The timer runs on the host's TimeProvider so tests can drive deadlines.
            deadlineTimer = timeProvider.CreateTimer(static s => ((GrpcCall)s!).DeadlineReached(), this, t,
                Timeout.InfiniteTimeSpan);
        }
        else
        {
            Deadline = DateTime.MaxValue;
        }

        abortRegistration = http.RequestAborted.Register(static s => ((GrpcCall)s!).ClientCancelled = true, this);
        interruptRegistration = cancellation.Token.Register(static s => ((GrpcCall)s!).interrupted.TrySetResult(), this);
        RequestReader = mode == GrpcWireMode.WebText
            ? WebTextRequestReader.Start(http.Request.BodyReader, cancellation.Token)
            : http.Request.BodyReader;
        Peer = http.Connection.RemoteIpAddress is { } ip
            ? $"{(ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "ipv6" : "ipv4")}:{ip}:{http.Connection.RemotePort}"
            : "unknown";
    }

    public HttpContext Http { get; }

    public GrpcWireMode Mode { get; }

    public GrpcServerOptions Options { get; }

    public ILogger Logger { get; }

    public PipeReader RequestReader { get; }

    /// <summary>The request's <c>grpc-encoding</c>; null when the client sent none.</summary>
    public string? RequestEncoding { get; }

    /// <summary>How this call's responses are compressed: the server's choice when the client accepts it.</summary>
    public MessageCompression? ResponseCompression { get; }

    /// <summary>Cleared by the handler to send its next responses uncompressed.</summary>
    public bool CompressResponses { get; set; } = true;

    public DateTime Deadline { get; }

    public string Peer { get; }

    public bool DeadlineExceeded { get; private set; }

    public bool ClientCancelled { get; private set; }

    public CancellationToken CancellationToken => cancellation.Token;

    /// <summary>Completes when the call is cancelled by the client or its deadline.</summary>
    public Task Interrupted => interrupted.Task;

    public Dictionary<string, string> ResponseHeaders { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> ResponseTrailers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsCompleted => completed;

    /// <summary>Registers the one task that writes streamed responses, so the status waits for it.</summary>
    public void AttachWriterPump(Task pump) => writerPump = pump;

    public void Dispose()
    {
        deadlineTimer?.Dispose();
        abortRegistration.Dispose();
        interruptRegistration.Dispose();
        cancellation.Dispose();
    }

    private void DeadlineReached()
    {
        DeadlineExceeded = true;
        try
        {
            cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The call finished while the timer fired.
        }
    }
}
