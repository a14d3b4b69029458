using FletActors.Protocol.V1;

namespace FletActors.Sessions;

// The session's replicated record: app, route and Page.Session values, written when the session starts and at the end
// of every turn that changed them (one write per turn, however many Set calls it made), so another node can start the
// app again with those values when this one is lost.
internal sealed partial class SessionActor
{
    private bool recordOwed;
    private int recordedVersion;
    private string? recordedRoute;

    // The user the session started for: a restart elsewhere admits only them.
    private string recordedIdentityKey = string.Empty;

    private void SaveRecordIfChanged()
    {
        if (setup.Records is null || closed || closing || !hasStarted)
        {
            return;
        }

        var version = page.SessionIfUsed?.Version ?? 0;
        var route = page.Route;
        if (!recordOwed && version == recordedVersion && route == recordedRoute)
        {
            return;
        }

        SaveRecord(ownerLeaving: false);
        recordOwed = false;
        recordedVersion = version;
        recordedRoute = route;
    }

    private void SaveRecord(bool ownerLeaving) =>
        setup.Records?.Save(SessionId, new SessionSnapshot(setup.App, page.Route,
            [.. page.SessionIfUsed?.Entries ?? []], ownerLeaving, recordedIdentityKey));

    /// <summary>
    /// A session that closes normally (by the app, expired) is never started again, so its record goes; one whose
    /// node is going away keeps it, marked, so that its client's resume on another node starts the app there.
    /// </summary>
    private void ForgetOrKeepRecord(SessionClosed.Types.Reason reason)
    {
        if (setup.Records is null || !hasStarted)
        {
            return;
        }

        if (reason is SessionClosed.Types.Reason.ServerShutdown or SessionClosed.Types.Reason.NodeLeaving)
        {
            SaveRecord(ownerLeaving: true);
        }
        else
        {
            setup.Records.Delete(SessionId);
        }
    }
}
