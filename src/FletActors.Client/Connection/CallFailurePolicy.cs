using Grpc.Core;

namespace FletActors.Client;

/// <summary>Maps the status a Connect call failed with onto the session client's reconnect decision; pure.</summary>
internal static class CallFailurePolicy
{
    /// <summary>The action for <paramref name="code"/>.</summary>
    /// <param name="code">The status the call ended with.</param>
    /// <param name="holdsSession">Whether the client had a session to resume when the call failed.</param>
    public static CallFailureAction Decide(StatusCode code, bool holdsSession) => code switch
    {
        // The server answers a resume of an expired or unknown session with NOT_FOUND and a wrong token with
        // PERMISSION_DENIED: that session is over for this client, but a new one may start. Without a session the
        // same codes refuse the registration itself (no such app, not allowed).
        StatusCode.NotFound or StatusCode.PermissionDenied => holdsSession
            ? CallFailureAction.RegisterAgain
            : CallFailureAction.GiveUp,

        // The client sent something this server will never take, or the server does not serve sessions here.
        StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.OutOfRange
            or StatusCode.Unimplemented or StatusCode.Unauthenticated => CallFailureAction.GiveUp,

        // UNAVAILABLE (a cut, a node shutting down), CANCELLED and DEADLINE_EXCEEDED from the server or a proxy,
        // RESOURCE_EXHAUSTED (the server is full for now), ABORTED (an input gap a resume resends), and the
        // INTERNAL or UNKNOWN of a stream broken mid-message: all pass.
        _ => CallFailureAction.Reconnect,
    };
}
