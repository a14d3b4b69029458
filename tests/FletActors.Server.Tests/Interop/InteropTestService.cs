using FletActors.Server.Tests.Interop.Service;
using Google.Protobuf;
using Grpc.Core;

namespace FletActors.Server.Tests.Interop;

/// <summary>
/// The interop TestService on Grpc.AspNetCore, behind the server's own gRPC wiring: every call shape, statuses on
/// request, paced responses, and trailers telling clients (whose libraries hide grpc-encoding) how the call was
/// compressed.
/// </summary>
public sealed class InteropTestService : TestService.TestServiceBase
{
    public override Task<Empty> EmptyCall(Empty request, ServerCallContext context) => Task.FromResult(new Empty());

    public override async Task<SimpleResponse> UnaryCall(SimpleRequest request, ServerCallContext context)
    {
        await ReportCompressionAsync(context);
        ThrowIfStatusRequested(request.ResponseStatus);
        if (context.RequestHeaders.GetValue("x-echo-trailer") is { } echo)
        {
            context.ResponseTrailers.Add("x-echo-trailer", echo);
        }

        return new SimpleResponse { Payload = Bytes(request.ResponseSize) };
    }

    public override async Task StreamingOutputCall(StreamingOutputCallRequest request,
        IServerStreamWriter<StreamingOutputCallResponse> responseStream, ServerCallContext context)
    {
        await ReportCompressionAsync(context);
        await WriteResponsesAsync(request, responseStream, context);
    }

    public override async Task<StreamingInputCallResponse> StreamingInputCall(
        IAsyncStreamReader<StreamingInputCallRequest> requestStream, ServerCallContext context)
    {
        await ReportCompressionAsync(context);
        var total = 0;
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            total += request.Payload?.Body.Length ?? 0;
        }

        return new StreamingInputCallResponse { AggregatedPayloadSize = total };
    }

    public override async Task FullDuplexCall(IAsyncStreamReader<StreamingOutputCallRequest> requestStream,
        IServerStreamWriter<StreamingOutputCallResponse> responseStream, ServerCallContext context)
    {
        await ReportCompressionAsync(context);
        while (await requestStream.MoveNext(context.CancellationToken))
        {
            await WriteResponsesAsync(requestStream.Current, responseStream, context);
        }
    }

    private static async Task WriteResponsesAsync(StreamingOutputCallRequest request,
        IServerStreamWriter<StreamingOutputCallResponse> responses, ServerCallContext context)
    {
        ThrowIfStatusRequested(request.ResponseStatus);
        foreach (var parameters in request.ResponseParameters)
        {
            if (parameters.IntervalUs > 0)
            {
                // The client asked the server to pace its responses; this is service behaviour, not test timing.
                await Task.Delay(TimeSpan.FromMicroseconds(parameters.IntervalUs), context.CancellationToken);
            }

            await responses.WriteAsync(new StreamingOutputCallResponse { Payload = Bytes(parameters.Size) }, context.CancellationToken);
        }
    }

    /// <summary>
    /// Puts the request's grpc-encoding and the response's (known once the headers are out) in the trailers;
    /// <c>x-uncompressed-responses</c> asks for every response uncompressed.
    /// </summary>
    private static async Task ReportCompressionAsync(ServerCallContext context)
    {
        var http = context.GetHttpContext();
        if (http.Request.Headers["grpc-encoding"].FirstOrDefault() is { } requestEncoding)
        {
            context.ResponseTrailers.Add("x-request-encoding", requestEncoding);
        }

        if (context.RequestHeaders.GetValue("x-uncompressed-responses") is not null)
        {
            context.WriteOptions = new WriteOptions(WriteFlags.NoCompress);
        }

        await context.WriteResponseHeadersAsync(new Metadata());
        if (http.Response.Headers["grpc-encoding"].FirstOrDefault() is { } responseEncoding)
        {
            context.ResponseTrailers.Add("x-response-encoding", responseEncoding);
        }
    }

    private static void ThrowIfStatusRequested(EchoStatus? status)
    {
        if (status is { Code: not 0 })
        {
            throw new RpcException(new Status((StatusCode)status.Code, status.Message));
        }
    }

    private static Payload Bytes(int size) => new() { Body = ByteString.CopyFrom(new byte[size]) };
}
