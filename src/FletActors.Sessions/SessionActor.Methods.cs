using System.Globalization;
using FletActors.Protocol.V1;
using FletActors.Sessions.Wire;
using UiProp = FletActors.UI.Patching.Prop;

namespace FletActors.Sessions;

// Client method calls (launch_url ...): fire and forget; a failure the client reports is logged.
internal sealed partial class SessionActor
{
    private ulong lastCallId;

    /// <summary>Sends a method call to the client after what is already queued; dropped when no client is connected.</summary>
    public void CallClientMethod(ulong controlId, string method, IReadOnlyList<UiProp> args)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(args);
        var call = new MethodCall { CallId = ++lastCallId, ControlId = controlId, Method = method };
        foreach (var arg in args)
        {
            call.Args.Add(PatchEncoder.Encode(arg));
        }

        SendToClient(new ServerMessage { MethodCall = call });
    }

    // Calls are not remembered one by one (a client that never answers must not grow the session): any id the
    // session has handed out is a valid answer, any other is a protocol error.
    private void OnMethodResult(MethodResultInput result)
    {
        if (result.CallId == 0 || result.CallId > lastCallId)
        {
            ReportToClient(ErrorCode.Protocol,
                string.Create(CultureInfo.InvariantCulture, $"No method call {result.CallId} was made in this session."), 0);
        }
        else if (result.Error.Length > 0)
        {
            SessionLog.ClientMethodFailed(logger, SessionId, result.CallId, result.Error);
        }
    }
}
