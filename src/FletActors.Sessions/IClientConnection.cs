using FletActors.Protocol.V1;
using Grpc.Core;

namespace FletActors.Sessions;

/// <summary>
/// The downward half of one client stream (a native Connect stream or a gRPC-Web Open stream), as a session sees
/// it. The transport implements it over the call's single response writer; a session holds at most one at a time.
/// </summary>
internal interface IClientConnection
{
    /// <summary>A short id for logs; never the session's resume token.</summary>
    string Id { get; }

    /// <summary>
    /// Queues <paramref name="message"/> without blocking. False when the connection has ended or its queue is full;
    /// the session then treats the client as disconnected (it resumes and gets what it missed).
    /// </summary>
    bool TrySend(ServerMessage message);

    /// <summary>Ends the stream with OK after the queued messages have been written.</summary>
    void Complete();

    /// <summary>Ends the stream with <paramref name="error"/>'s status; queued messages may be dropped.</summary>
    void Fail(RpcException error);
}
