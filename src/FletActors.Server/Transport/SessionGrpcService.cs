using FletActors.Grpc;
using FletActors.Protocol;
using FletActors.Protocol.V1;
using FletActors.Sessions;
using Microsoft.Extensions.Logging;

namespace FletActors.Server.Transport;

/// <summary>
/// <c>fletactors.v1.SessionService</c> on the gRPC layer: the native Connect stream and the gRPC-Web pair Open + Send,
/// each a thin bridge onto <see cref="SessionManager"/>.
/// </summary>
internal sealed class SessionGrpcService(SessionManager sessions, SessionOptions options, ILogger logger)
{
    public const string ServiceName = "fletactors.v1.SessionService";

    // Above the unacknowledged-batch window, with room for method calls and error reports between batches.
    private int ConnectionCapacity => options.MaxUnackedBatches + 64;

    public GrpcServiceDefinition Build() =>
        new GrpcServiceBuilder(ServiceName)
            .AddDuplexStreaming<ClientMessage, ServerMessage>("Connect", ClientMessage.Parser, ConnectAsync)
            .AddServerStreaming<OpenRequest, ServerMessage>("Open", OpenRequest.Parser, OpenAsync)
            .AddUnary<SendRequest, SendResponse>("Send", SendRequest.Parser, SendAsync)
            .Build();

    private async Task ConnectAsync(RequestStreamReader<ClientMessage> requests,
        ResponseStreamWriter<ServerMessage> responses, ServerCallContext context)
    {
        using var call = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        if (!await requests.MoveNextAsync(call.Token).ConfigureAwait(false))
        {
            throw new RpcException(StatusCode.InvalidArgument, "The stream ended before Register or Resume.");
        }

        var first = requests.Current;
        if (first.InputSeq != 0)
        {
            throw new RpcException(StatusCode.InvalidArgument, $"{first.KindCase} carries no input_seq; only client inputs are numbered.");
        }

        var connection = new StreamConnection(ConnectionCapacity);
        // The session queues SessionStarted and its first batch on the connection; the pump starts once the
        // session exists, so a refused start leaves nothing running.
        var started = first.KindCase switch
        {
            ClientMessage.KindOneofCase.Register => await sessions.StartAsync(first.Register, connection, call.Token).ConfigureAwait(false),
            ClientMessage.KindOneofCase.Resume => await sessions.ResumeAsync(first.Resume, connection, call.Token).ConfigureAwait(false),
            _ => throw new RpcException(StatusCode.InvalidArgument,
                $"The first message of Connect must be Register or Resume, not {first.KindCase}."),
        };
        var sessionId = started.SessionId;
        TransportLog.StreamAttached(logger, sessionId, connection.Id, "Connect");
        var pump = connection.PumpAsync(responses, call.Token);
        try
        {
            var reading = ReadAsync(requests, sessionId, call.Token);
            if (await Task.WhenAny(reading, pump).ConfigureAwait(false) == reading)
            {
                // The client ended its half: deliver nothing more, and end ours after what is already queued. A
                // read that failed (garbage mid-stream, Register again) ends the call with its status.
                await ObserveAsync(reading).ConfigureAwait(false);
                connection.Complete();
            }
            else
            {
                // The session ended the stream (closed, replaced, or the client stalled): stop reading.
                await call.CancelAsync().ConfigureAwait(false);
                await ObserveAsync(reading).ConfigureAwait(false);
            }

            await pump.ConfigureAwait(false);
        }
        finally
        {
            if (!pump.IsCompleted)
            {
                // A failed read left the pump running: stop it, without letting its ending hide the read's status.
                await call.CancelAsync().ConfigureAwait(false);
                await Task.WhenAny(pump).ConfigureAwait(false);
                _ = pump.Exception;
            }

            sessions.Detach(sessionId, connection);
            TransportLog.StreamDetached(logger, sessionId, connection.Id);
        }
    }

    private async Task ReadAsync(RequestStreamReader<ClientMessage> requests, string sessionId,
        CancellationToken cancellationToken)
    {
        while (await requests.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            // A duplicate (a resend of what the session already took) needs no answer; a gap ends the call with
            // ABORTED, after which the client resumes and learns where to send from.
            if (await sessions.DeliverAsync(sessionId, requests.Current, cancellationToken).ConfigureAwait(false) == DeliveryOutcome.RateLimited)
            {
                TransportLog.RateLimited(logger, sessionId);
            }
        }
    }

    private async Task OpenAsync(OpenRequest request, ResponseStreamWriter<ServerMessage> responses,
        ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var connection = new StreamConnection(ConnectionCapacity);
        var started = request.KindCase switch
        {
            OpenRequest.KindOneofCase.Register => await sessions.StartAsync(request.Register, connection, cancellationToken).ConfigureAwait(false),
            OpenRequest.KindOneofCase.Resume => await sessions.ResumeAsync(request.Resume, connection, cancellationToken).ConfigureAwait(false),
            _ => throw new RpcException(StatusCode.InvalidArgument, "Open needs Register or Resume."),
        };
        TransportLog.StreamAttached(logger, started.SessionId, connection.Id, "Open");
        try
        {
            await connection.PumpAsync(responses, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sessions.Detach(started.SessionId, connection);
            TransportLog.StreamDetached(logger, started.SessionId, connection.Id);
        }
    }

    private async Task<SendResponse> SendAsync(SendRequest request, ServerCallContext context)
    {
        sessions.Authenticate(request.SessionId, request.ResumeToken);
        foreach (var message in request.Messages)
        {
            if (await sessions.DeliverAsync(request.SessionId, message, context.CancellationToken).ConfigureAwait(false) == DeliveryOutcome.RateLimited)
            {
                TransportLog.RateLimited(logger, request.SessionId);
                throw new RpcException(StatusCode.ResourceExhausted,
                    $"Too many events: this session accepts {options.MaxEventsPerSecond} per second (FletActors:MaxEventsPerSecond).");
            }
        }

        return new SendResponse();
    }

    private static async Task ObserveAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The call was cancelled; whichever half ended first reports how.
        }
    }
}
