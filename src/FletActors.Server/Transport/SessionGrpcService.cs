using FletActors.Cluster.Hosting;
using FletActors.Protocol.V1;
using FletActors.Sessions;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace FletActors.Server.Transport;

/// <summary>
/// <c>fletactors.v1.SessionService</c> on Grpc.AspNetCore: the native Connect stream and the gRPC-Web pair Open +
/// Send, each a thin bridge onto <see cref="SessionManager"/>. Every stream has one writer, the
/// <see cref="StreamConnection"/> pump, fed by a bounded queue the session fills without waiting.
/// </summary>
internal sealed class SessionGrpcService(SessionManager sessions, SessionOptions options, int compressionMinBytes,
    SessionCallGate gate, ServingGate servingGate, ILogger logger) : SessionService.SessionServiceBase
{
    /// <summary>The full name of the service, as health checks and reflection know it.</summary>
    public static readonly string ServiceName = SessionService.Descriptor.FullName;

    // HTTP/2 error code ENHANCE_YOUR_CALM (RFC 9113 §7).
    private const int EnhanceYourCalm = 0xB;

    // How long a stream whose read failed waits for its write in flight before cutting it. A write the network takes
    // ends within milliseconds; only one the client's flow control holds up (a client that stopped reading) lasts.
    private static readonly TimeSpan WriteInFlightGrace = TimeSpan.FromSeconds(2);

    // Above the unacknowledged-batch window, with room for method calls and error reports between batches.
    private int ConnectionCapacity => options.MaxUnackedBatches + 64;

    public override async Task Connect(IAsyncStreamReader<ClientMessage> requestStream,
        IServerStreamWriter<ServerMessage> responseStream, ServerCallContext context)
    {
        using var call = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        if (!await FirstAsync(requestStream, call.Token).ConfigureAwait(false))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "The stream ended before Register or Resume."));
        }

        var first = requestStream.Current;
        if (first.InputSeq != 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"{first.KindCase} carries no input_seq; only client inputs are numbered."));
        }

        var connection = NewConnection();
        // The session queues SessionStarted and its first batch on the connection; the pump starts once the
        // session exists, so a refused start leaves nothing running.
        var started = first.KindCase switch
        {
            ClientMessage.KindOneofCase.Register => await sessions.StartAsync(first.Register, connection,
                await gate.AdmitAsync(first.Register.App, context).ConfigureAwait(false), call.Token).ConfigureAwait(false),
            ClientMessage.KindOneofCase.Resume => await sessions.ResumeAsync(first.Resume, connection,
                SessionCallGate.UserKeyOf(context), app => gate.AdmitAsync(app, context), call.Token).ConfigureAwait(false),
            _ => throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"The first message of Connect must be Register or Resume, not {first.KindCase}.")),
        };
        var sessionId = started.SessionId;
        TransportLog.StreamAttached(logger, sessionId, connection.Id, "Connect");
        var pump = connection.PumpAsync(responseStream, () => ResetStalled(context), call.Token);
        try
        {
            var reading = ReadAsync(requestStream, sessionId, connection, SessionCallGate.UserKeyOf(context), call.Token);
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
                // A write in flight finishes first (cutting it would reset the stream, status and all) unless the
                // client's flow control holds it up past the grace.
                if (!connection.StopAfterWriteInFlight() && await Task.WhenAny(pump, Task.Delay(WriteInFlightGrace)).ConfigureAwait(false) != pump)
                {
                    await call.CancelAsync().ConfigureAwait(false);
                }

                await Task.WhenAny(pump).ConfigureAwait(false);
                _ = pump.Exception;
            }

            sessions.Detach(sessionId, connection);
            TransportLog.StreamDetached(logger, sessionId, connection.Id);
        }
    }

    public override async Task Open(OpenRequest request, IServerStreamWriter<ServerMessage> responseStream,
        ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var connection = NewConnection();
        var started = request.KindCase switch
        {
            OpenRequest.KindOneofCase.Register => await sessions.StartAsync(request.Register, connection,
                await gate.AdmitAsync(request.Register.App, context).ConfigureAwait(false), cancellationToken).ConfigureAwait(false),
            OpenRequest.KindOneofCase.Resume => await sessions.ResumeAsync(request.Resume, connection,
                SessionCallGate.UserKeyOf(context), app => gate.AdmitAsync(app, context), cancellationToken).ConfigureAwait(false),
            _ => throw new RpcException(new Status(StatusCode.InvalidArgument, "Open needs Register or Resume.")),
        };
        TransportLog.StreamAttached(logger, started.SessionId, connection.Id, "Open");
        try
        {
            await connection.PumpAsync(responseStream, () => ResetStalled(context), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sessions.Detach(started.SessionId, connection);
            TransportLog.StreamDetached(logger, started.SessionId, connection.Id);
        }
    }

    public override async Task<SendResponse> Send(SendRequest request, ServerCallContext context)
    {
        // For a session held by another node, Authenticate checks the token only; its owner checks the user as each
        // message arrives there with this key.
        var userKey = SessionCallGate.UserKeyOf(context);
        sessions.Authenticate(request.SessionId, request.ResumeToken, userKey);
        foreach (var message in request.Messages)
        {
            if (await sessions.DeliverAsync(request.SessionId, message, userKey, context.CancellationToken).ConfigureAwait(false) == DeliveryOutcome.RateLimited)
            {
                TransportLog.RateLimited(logger, request.SessionId);
                throw new RpcException(new Status(StatusCode.ResourceExhausted,
                    $"Too many events: this session accepts {options.MaxEventsPerSecond} per second (FletActors:MaxEventsPerSecond)."));
            }
        }

        return new SendResponse();
    }

    /// <summary>
    /// Ends a stream whose client stopped reading: over HTTP/2 with RST_STREAM ENHANCE_YOUR_CALM, which gRPC clients
    /// report as RESOURCE_EXHAUSTED (the spec's mapping), since no trailers can pass the data the client holds up;
    /// over HTTP/1.1 (gRPC-Web) by closing the connection.
    /// </summary>
    private static void ResetStalled(ServerCallContext context)
    {
        var http = context.GetHttpContext();
        if (http.Features.Get<IHttpResetFeature>() is { } reset)
        {
            reset.Reset(EnhanceYourCalm);
        }
        else
        {
            http.Abort();
        }
    }

    private StreamConnection NewConnection() => new(ConnectionCapacity, compressionMinBytes, servingGate);

    /// <summary>
    /// Delivers a Connect stream's inputs; <paramref name="userKey"/>, the caller's, goes with those its session's owner
    /// on another node takes, which checks it again there.
    /// </summary>
    private async Task ReadAsync(IAsyncStreamReader<ClientMessage> requests, string sessionId, StreamConnection connection,
        string userKey, CancellationToken cancellationToken)
    {
        while (true)
        {
            // Awaited here rather than in a method of its own: an idle stream waits in this call for good, and a
            // second async frame would be kept per session.
            bool more;
            try
            {
                more = await requests.MoveNext(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidProtocolBufferException e)
            {
                throw Unparsable(e);
            }

            if (!more)
            {
                return;
            }

            // A duplicate (a resend of what the session already took) needs no answer; a gap ends the call with
            // ABORTED, after which the client resumes and learns where to send from.
            DeliveryOutcome outcome;
            try
            {
                outcome = await sessions.DeliverAsync(sessionId, requests.Current, userKey, cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound && connection.IsEnded)
            {
                // The session closed and has told this client so (SessionClosed is queued before the stream ends);
                // what the client sent meanwhile, such as the acknowledgement of the last batch, has nowhere to go.
                // The stream ends OK once the pump has written the rest, as it does for every closed session.
                return;
            }

            if (outcome == DeliveryOutcome.RateLimited)
            {
                TransportLog.RateLimited(logger, sessionId);
            }
        }
    }

    /// <summary>
    /// The status for a client message that is not protobuf: INTERNAL, as gRPC answers a message it cannot parse,
    /// naming the fault but none of the bytes (grpc-dotnet would answer UNKNOWN "Exception was thrown by handler.").
    /// </summary>
    private static RpcException Unparsable(InvalidProtocolBufferException e) =>
        new(new Status(StatusCode.Internal, $"Failed to parse a client message as {ClientMessage.Descriptor.FullName}: {e.Message}"));

    /// <summary>The first client message of a stream; see <see cref="Unparsable"/>.</summary>
    private static async Task<bool> FirstAsync(IAsyncStreamReader<ClientMessage> requests, CancellationToken cancellationToken)
    {
        try
        {
            return await requests.MoveNext(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw Unparsable(e);
        }
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
