using Akka.Actor;
using FletActors.Protocol.V1;

namespace FletActors.Sessions;

// Lifecycle: start, resume (replacing an older connection), disconnect with its expiry timer, and close.
internal sealed partial class SessionActor
{
    private const string ExpiryTimer = "expiry";

    private bool stopped;

    private void OnStart(StartSession start)
    {
        if (hasStarted)
        {
            start.Started.TrySetException(new InvalidOperationException($"Session {SessionId} has already started."));
            return;
        }

        var register = start.Register;
        connection = start.Connection;
        page.ApplyClientInfo(register.Route.Length == 0 ? "/" : register.Route, register.PageWidth, register.PageHeight,
            register.Platform, register.UserAgent);
        page.ApplyIdentity(start.Identity.User, start.Identity.Headers);
        recordedIdentityKey = start.Identity.Key;
        if (start.Restart is { } restart)
        {
            page.Session.Restore(restart.Values);
        }

        var started = StartedMessage(resumed: false);
        started.Restarted = start.Restart is not null;
        SendToClient(new ServerMessage { Started = started });
        hasStarted = true;
        recordOwed = true;
        SessionLog.Started(logger, SessionId, setup.App, start.Connection.Id);
        setup.Metrics.SessionStarted();

        // Main's synchronous part and the page as it leaves it go out as the first batch, a reset. The caller hears
        // of the start only after it is queued: a client that ends its half at once still gets it before the end.
        RunTurn(TurnOrigin.Main, () => ObserveWork(setup.Main(page), TurnOrigin.Main));
        start.Started.TrySetResult(started);
    }

    private void OnResume(ResumeSession resume)
    {
        var replaced = connection;
        if (replaced is not null && !ReferenceEquals(replaced, resume.Connection))
        {
            replaced.TrySend(new ServerMessage
            {
                Closed = new SessionClosed
                {
                    Reason = SessionClosed.Types.Reason.Replaced,
                    Message = "Another connection resumed this session.",
                },
            });
            replaced.Complete();
            SessionLog.Replaced(logger, SessionId, replaced.Id, resume.Connection.Id);
        }

        connection = resume.Connection;
        failedConnection = null;
        Timers.Cancel(ExpiryTimer);
        var started = StartedMessage(resumed: true);
        SendToClient(new ServerMessage { Started = started });

        var missed = window.TakeResend(resume.Resume.Epoch, resume.Resume.LastAppliedSeq);
        if (missed is null)
        {
            // Every unacknowledged batch is superseded by the reset, which therefore always fits the window.
            window.Clear();
            resetOwed = true;
        }
        else
        {
            foreach (var batch in missed)
            {
                SendToClient(new ServerMessage { Patch = batch });
            }
        }

        SessionLog.Resumed(logger, SessionId, resume.Connection.Id, missed?.Count ?? 0, missed is null);
        setup.Metrics.SessionResumed();
        var (width, height) = (resume.Resume.PageWidth, resume.Resume.PageHeight);
        // A resume that carries no size (0 x 0) keeps the last one; a real change raises OnResize like any resize.
        if (width >= 0 && height >= 0 && width + height > 0 && !double.IsInfinity(width) && !double.IsInfinity(height)
            && (width != page.Window.Width || height != page.Window.Height))
        {
            RunTurn(TurnOrigin.PageEvent("resize"), () => page.HandleResize(width, height));
        }

        RunTurn(TurnOrigin.PageEvent("connect"), page.HandleConnect);

        // As on start: the caller hears of the resume once what it resends is queued.
        resume.Started.TrySetResult(started);
    }

    private void OnConnectionEnded(IClientConnection ended)
    {
        if (ReferenceEquals(ended, connection))
        {
            connection = null;
        }
        else if (ReferenceEquals(ended, failedConnection))
        {
            failedConnection = null;
        }
        else
        {
            // An older connection that was replaced, or one already handled.
            return;
        }

        ended.Complete();
        Timers.StartSingleTimer(ExpiryTimer, ExpireSession.Instance, setup.Options.SessionTimeout);
        SessionLog.Disconnected(logger, SessionId, setup.Options.SessionTimeout);
        RunTurn(TurnOrigin.PageEvent("disconnect"), page.HandleDisconnect);
    }

    private void OnExpire()
    {
        if (connection is null)
        {
            Close(SessionClosed.Types.Reason.Expired, "The session timed out while the client was away.");
        }
    }

    /// <summary>
    /// Ends the session: OnClose and every WillUnmount run, tasks are cancelled, subscriptions dropped, the client is
    /// told why, and the actor stops with its task actors.
    /// </summary>
    private void Close(SessionClosed.Types.Reason reason, string message)
    {
        if (closed)
        {
            return;
        }

        closing = true;
        if (hasStarted)
        {
            RunTurn(TurnOrigin.PageEvent("close"), page.HandleClose);
        }

        closed = true;
        foreach (var task in tasks.Values)
        {
            task.Cancel();
        }

        PubSub.UnsubscribeAll();
        if (connection is { } current)
        {
            current.TrySend(new ServerMessage { Closed = new SessionClosed { Reason = reason, Message = message } });
            current.Complete();
            connection = null;
        }

        ForgetOrKeepRecord(reason);
        SessionLog.Closed(logger, SessionId, reason);
        ReportUnacknowledged();
        if (hasStarted)
        {
            setup.Metrics.SessionClosed(reason);
        }

        setup.OnClosed(SessionId);

        // Stop after what cancelling the tasks posted (their cleanup after the cancelled await) has run.
        if (!stopped)
        {
            self.Tell(StopSession.First, ActorRefs.NoSender);
        }
    }

    /// <summary>Finishes what is under way between close and stop, and answers the rest so that nobody waits.</summary>
    private void OnMessageAfterClose(object message)
    {
        switch (message)
        {
            case StopSession { RoundsLeft: > 0 } stop when tasks.Count > 0:
                self.Tell(new StopSession(stop.RoundsLeft - 1), ActorRefs.NoSender);
                break;
            case StopSession:
                Context.Stop(self);
                break;
            case PostedContinuation posted:
                // App code winding down after close (a task's cleanup once its token was cancelled); nothing flushes.
                RunTurn(posted.Context, posted.Callback, posted.State);
                break;
            case WorkFailed failed:
                ReportFailure(failed.Origin, failed.Failure);
                break;
            case ResumeSession resume:
                resume.Started.TrySetException(SessionManager.NotFound());
                break;
            case StartSession start:
                start.Started.TrySetException(SessionManager.NotFound());
                break;
            case InvokeWork invoke:
                invoke.Done.TrySetException(new InvalidOperationException("The session has closed."));
                break;
            case TaskBodyEnded ended:
                OnTaskBodyEnded(ended.Task, ended.Body);
                break;
        }
    }

    protected override void PostStop()
    {
        stopped = true;
        if (!closed)
        {
            // Stopped from outside (the actor system shut down first): close without a client to tell. OnClose and
            // WillUnmount still run, as the last turn of the session.
            connection = null;
            var outer = current;
            current = this;
            try
            {
                Close(SessionClosed.Types.Reason.ServerShutdown, "The server is shutting down.");
            }
            finally
            {
                current = outer;
            }
        }
    }
}
