using FletActors.Protocol;
using Google.Protobuf;

namespace FletActors.Grpc.Tests.Interop;

/// <summary>The interop TestService on our server; records what the tests need to observe server-side.</summary>
public sealed class TestServiceImplementation
{
    public const string ServiceName = "fletactors.interop.TestService";

    private TaskCompletionSource duplexCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A task that completes when a FullDuplexCall handler started after this call sees its token fire.</summary>
    public Task ResetDuplexCancelled()
    {
        duplexCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return duplexCancelled.Task;
    }

    /// <summary>Kestrel's request body size limit as the last FullDuplexCall saw it; null once the server lifted it.
    /// (Over HTTP/2 Kestrel's data rates are per connection, and the per-request minimum rate can only be set to
    /// null, never read back, so only the body size is observable here.)</summary>
    public long? LastDuplexBodySizeLimit { get; private set; } = -1;

    /// <summary>The deadline the last UnaryCall saw.</summary>
    public DateTime LastUnaryDeadline { get; private set; }

    public GrpcServiceDefinition CreateDefinition() => new GrpcServiceBuilder(ServiceName)
        .AddUnary("EmptyCall", Empty.Parser, (Empty _, ServerCallContext _) => Task.FromResult(new Empty()))
        .AddUnary<SimpleRequest, SimpleResponse>("UnaryCall", SimpleRequest.Parser, UnaryCall)
        .AddServerStreaming<StreamingOutputCallRequest, StreamingOutputCallResponse>("StreamingOutputCall",
            StreamingOutputCallRequest.Parser, StreamingOutputCall)
        .AddClientStreaming<StreamingInputCallRequest, StreamingInputCallResponse>("StreamingInputCall",
            StreamingInputCallRequest.Parser, StreamingInputCall)
        .AddDuplexStreaming<StreamingOutputCallRequest, StreamingOutputCallResponse>("FullDuplexCall",
            StreamingOutputCallRequest.Parser, FullDuplexCall)
        .Build();

    private Task<SimpleResponse> UnaryCall(SimpleRequest request, ServerCallContext context)
    {
        LastUnaryDeadline = context.Deadline;
        ApplyCompressionRequests(context);
        ThrowIfStatusRequested(request.ResponseStatus);
        if (context.RequestHeaders.TryGetValue("x-echo-trailer", out var echo))
        {
            context.ResponseTrailers["x-echo-trailer"] = echo.ToString();
        }

        return Task.FromResult(new SimpleResponse { Payload = Bytes(request.ResponseSize) });
    }

    private static async Task StreamingOutputCall(StreamingOutputCallRequest request,
        ResponseStreamWriter<StreamingOutputCallResponse> responses, ServerCallContext context)
    {
        ApplyCompressionRequests(context);
        await WriteResponsesAsync(request, responses, context).ConfigureAwait(false);
    }

    private static async Task<StreamingInputCallResponse> StreamingInputCall(
        RequestStreamReader<StreamingInputCallRequest> requests, ServerCallContext context)
    {
        ApplyCompressionRequests(context);
        var total = 0;
        await foreach (var request in requests.WithCancellation(context.CancellationToken).ConfigureAwait(false))
        {
            total += request.Payload?.Body.Length ?? 0;
        }

        return new StreamingInputCallResponse { AggregatedPayloadSize = total };
    }

    private async Task FullDuplexCall(RequestStreamReader<StreamingOutputCallRequest> requests,
        ResponseStreamWriter<StreamingOutputCallResponse> responses, ServerCallContext context)
    {
        LastDuplexBodySizeLimit = context.HttpContext.Features
            .Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()!.MaxRequestBodySize;
        ApplyCompressionRequests(context);
        var cancelled = duplexCancelled;
        using var registration = context.CancellationToken.Register(() => cancelled.TrySetResult());
        while (await requests.MoveNextAsync().ConfigureAwait(false))
        {
            await WriteResponsesAsync(requests.Current, responses, context).ConfigureAwait(false);
        }
    }

    private static async Task WriteResponsesAsync(StreamingOutputCallRequest request,
        ResponseStreamWriter<StreamingOutputCallResponse> responses, ServerCallContext context)
    {
        ThrowIfStatusRequested(request.ResponseStatus);
        foreach (var parameters in request.ResponseParameters)
        {
            if (parameters.IntervalUs > 0)
            {
                // The client asked the server to pace its responses; this is service behaviour, not test timing.
                await Task.Delay(TimeSpan.FromMicroseconds(parameters.IntervalUs), context.CancellationToken)
                    .ConfigureAwait(false);
            }

            await responses.WriteAsync(new StreamingOutputCallResponse { Payload = Bytes(parameters.Size) },
                context.CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Tells the client in trailers how the call was compressed (the request's grpc-encoding, the responses'), since
    /// gRPC libraries hide those headers; <c>x-uncompressed-responses</c> asks for every response uncompressed.
    /// </summary>
    private static void ApplyCompressionRequests(ServerCallContext context)
    {
        if (context.RequestHeaders.TryGetValue("grpc-encoding", out var encoding))
        {
            context.ResponseTrailers["x-request-encoding"] = encoding.ToString();
        }

        if (context.ResponseEncoding is { } responseEncoding)
        {
            context.ResponseTrailers["x-response-encoding"] = responseEncoding;
        }

        if (context.RequestHeaders.ContainsKey("x-uncompressed-responses"))
        {
            context.CompressResponses = false;
        }
    }

    private static void ThrowIfStatusRequested(EchoStatus? status)
    {
        if (status is { Code: not 0 })
        {
            throw new RpcException((StatusCode)status.Code, status.Message);
        }
    }

    private static Payload Bytes(int size) => new() { Body = ByteString.CopyFrom(new byte[size]) };
}
