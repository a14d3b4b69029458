using Grpc.Core;

namespace FletActors.Server.Hosting;

/// <summary>Told once per call, by <see cref="GrpcCallInterceptor"/>, how the call ended.</summary>
internal interface IGrpcCallObserver
{
    /// <summary>
    /// The call of <paramref name="context"/> ended after <paramref name="elapsed"/> with <paramref name="status"/>
    /// (what the client gets, from <see cref="GrpcCallOutcome"/>); <paramref name="error"/> is what its handler threw.
    /// </summary>
    void CallFinished(ServerCallContext context, StatusCode status, Exception? error, TimeSpan elapsed);
}
