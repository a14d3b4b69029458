using System.Globalization;
using Akka.Actor;

namespace FletActors.Sessions;

// Background work: RunTask bodies with their task actors, and InvokeAsync from other threads.
internal sealed partial class SessionActor
{
    private readonly Dictionary<long, PageTaskHandle> tasks = [];
    private long taskCount;

    /// <summary>Spawns the task's actor and queues its body as a turn of this session.</summary>
    public IPageTask StartTask(Func<CancellationToken, Task> body, Control? owner)
    {
        ArgumentNullException.ThrowIfNull(body);
        var task = new PageTaskHandle(++taskCount, body, owner);
        if (closed || closing)
        {
            task.Cancel();
            task.Complete();
            return task;
        }

        task.Actor = Context.ActorOf(TaskActor.Props(task), "task-" + task.Number.ToString(CultureInfo.InvariantCulture));
        tasks.Add(task.Number, task);
        self.Tell(new StartTaskBody(task), ActorRefs.NoSender);
        return task;
    }

    public Task InvokeAsync(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (closed)
        {
            done.SetException(new InvalidOperationException($"Session {SessionId} has closed."));
        }
        else
        {
            self.Tell(new InvokeWork(work, done), ActorRefs.NoSender);
        }

        return done.Task;
    }

    private void OnStartTaskBody(PageTaskHandle task)
    {
        var target = self;
        RunTurn(TurnOrigin.Task(task.Owner?.Id ?? 0), () =>
        {
            Task body;
            try
            {
                body = task.Body(task.Token) ?? Task.CompletedTask;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                body = Task.FromException(e);
            }

            body.ContinueWith(
                (ended, state) => target.Tell(new TaskBodyEnded((PageTaskHandle)state!, ended), ActorRefs.NoSender),
                task,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        });
    }

    private void OnTaskBodyEnded(PageTaskHandle task, Task body)
    {
        tasks.Remove(task.Number);
        if (body.IsFaulted || (body.IsCanceled && !task.Token.IsCancellationRequested))
        {
            ReportFailure(TurnOrigin.Task(task.Owner?.Id ?? 0), FailureOf(body));
        }

        if (task.Actor is { } actor)
        {
            Context.Stop(actor);
        }

        task.Complete();
    }

    private void OnInvoke(InvokeWork invoke)
    {
        RunTurn(TurnOrigin.Session, () =>
        {
            Task work;
            try
            {
                work = invoke.Work() ?? Task.CompletedTask;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                invoke.Done.TrySetException(e);
                return;
            }

            work.ContinueWith(
                (ended, state) =>
                {
                    var done = (TaskCompletionSource)state!;
                    if (ended.IsFaulted)
                    {
                        done.TrySetException(ended.Exception!.InnerExceptions);
                    }
                    else if (ended.IsCanceled)
                    {
                        done.TrySetCanceled();
                    }
                    else
                    {
                        done.TrySetResult();
                    }
                },
                invoke.Done,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        });
    }
}
