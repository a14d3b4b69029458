using System.Diagnostics;
using Akka.Actor;
using FletActors.Protocol.V1;

namespace FletActors.Sessions;

// Turns: how app code runs, how its failures are reported, and the flush that ends every turn.
internal sealed partial class SessionActor
{
    private static readonly SendOrPostCallback RunAction = static state => ((Action)state!)();

    private readonly SessionSynchronizationContext lifecycleContext;
    private bool closing;

    /// <summary>Runs <paramref name="work"/> as a turn on behalf of <paramref name="origin"/>, then flushes.</summary>
    private void RunTurn(TurnOrigin origin, Action work) =>
        RunTurn(new SessionSynchronizationContext(this, origin), RunAction, work);

    /// <summary>Queues a continuation of app code as a message to this session; callable from any thread.</summary>
    internal void Post(PostedContinuation continuation) => self.Tell(continuation, ActorRefs.NoSender);

    /// <summary>
    /// Runs app code as a turn with <paramref name="context"/> installed, so that its awaits come back as turns of
    /// this session on behalf of the same origin; reports what it throws; flushes what it changed.
    /// </summary>
    internal void RunTurn(SessionSynchronizationContext context, SendOrPostCallback work, object? state)
    {
        // After close, continuations still run until the actor stops (a task's cleanup after its token was
        // cancelled), but nothing is flushed any more.
        var startedAt = Stopwatch.GetTimestamp();
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            work(state);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ReportFailure(context.Origin, e);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        FlushTurn();
        ReportUnacknowledged();
        setup.Metrics.TurnEnded(startedAt);
        SaveRecordIfChanged();
    }

    /// <summary>
    /// Ends a turn: sends what changed as one batch (the whole page when a reset is owed) unless the outbound window
    /// is full, in which case the changes wait in the tree and leave as one batch once acknowledgements open it.
    /// </summary>
    private void FlushTurn()
    {
        if (closed || closing || !hasStarted)
        {
            return;
        }

        if (window.IsFull)
        {
            if (resetOwed || page.HasPendingChanges)
            {
                SessionLog.OutputDeferred(logger, SessionId, window.Count);
            }

            return;
        }

        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(lifecycleContext);
        try
        {
            if (resetOwed)
            {
                page.SendReset();
            }
            else if (page.HasPendingChanges)
            {
                page.Flush();
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // BeforeUpdate, DidMount and WillUnmount are app code too; the batch has gone out before they ran.
            ReportFailure(TurnOrigin.Lifecycle, e);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    /// <summary>Logs an app failure with its session, control and event, and reports it to the client.</summary>
    private void ReportFailure(TurnOrigin origin, Exception failure)
    {
        if (failure is AggregateException { InnerExceptions.Count: 1 } single)
        {
            failure = single.InnerExceptions[0];
        }

        SessionLog.HandlerFailed(logger, SessionId, origin.Describe(), origin.ControlId, origin.EventName, failure);
        setup.Metrics.AppException();
        SendToClient(new ServerMessage
        {
            Error = new ErrorReport
            {
                Code = ErrorCode.HandlerFailed,
                Message = $"{Capitalize(origin.Describe())} failed: {failure.GetType().Name}: {failure.Message}",
                ControlId = origin.ControlId,
            },
        });
    }

    /// <summary>Tells this session's client that its input was refused; nothing else changes.</summary>
    private void ReportToClient(ErrorCode code, string message, ulong controlId)
    {
        SessionLog.InputRejected(logger, SessionId, code, message);
        SendToClient(new ServerMessage { Error = new ErrorReport { Code = code, Message = message, ControlId = controlId } });
    }

    /// <summary>Watches a task of app code that is still running: a later failure comes back as a turn to report it.</summary>
    private void ObserveWork(Task? work, TurnOrigin origin)
    {
        if (work is null || work.IsCompletedSuccessfully)
        {
            return;
        }

        if (work.IsCompleted)
        {
            ReportFailure(origin, FailureOf(work));
            return;
        }

        var target = self;
        work.ContinueWith(
            t => target.Tell(new WorkFailed(origin, FailureOf(t)), ActorRefs.NoSender),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private static Exception FailureOf(Task task) =>
        task.Exception is { } aggregate
            ? (aggregate.InnerExceptions.Count == 1 ? aggregate.InnerExceptions[0] : aggregate)
            : new TaskCanceledException(task);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
