namespace FletActors;

// Background work and cross-thread entry into the session.
public sealed partial class Page
{
    // Allocated with the first owned task: most pages never start one.
    private Dictionary<Control, List<IPageTask>>? tasksByOwner;

    /// <summary>
    /// Runs <paramref name="body"/> in the background of this session, on the session's context: its code between
    /// awaits runs as turns of the session, so it may change controls and call <c>Update()</c>. The token is
    /// cancelled when the task is cancelled, when <paramref name="owner"/> unmounts, or when the session closes.
    /// </summary>
    /// <param name="body">The work; await <see cref="TimeProvider"/>-based delays with the token.</param>
    /// <param name="owner">
    /// The control the work belongs to. When omitted and <paramref name="body"/> is a method of a control (as in
    /// <c>Page.RunTask(UpdateTimer)</c> inside a custom control), that control is the owner.
    /// </param>
    /// <returns>A handle to cancel the work or await its end.</returns>
    public IPageTask RunTask(Func<CancellationToken, Task> body, Control? owner = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        CheckAccess();
        owner ??= body.Target as Control;
        var task = Host.StartTask(body, owner);
        if (owner is not null)
        {
            tasksByOwner ??= new(ReferenceEqualityComparer.Instance);
            if (!tasksByOwner.TryGetValue(owner, out var tasks))
            {
                tasks = [];
                tasksByOwner[owner] = tasks;
            }

            tasks.RemoveAll(t => t.Completion.IsCompleted);
            tasks.Add(task);
        }

        return task;
    }

    /// <summary>Runs <paramref name="body"/> in the background of this session; see the overload with a token.</summary>
    public IPageTask RunTask(Func<Task> body, Control? owner = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        return RunTask(_ => body(), owner ?? body.Target as Control);
    }

    /// <summary>
    /// Runs <paramref name="work"/> as a turn of this session. Safe from any thread; the way for timers, callbacks
    /// of other libraries and background threads to change controls.
    /// </summary>
    /// <returns>A task that completes when the work has run, or fails with its exception.</returns>
    public Task InvokeAsync(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Host.InvokeAsync(() =>
        {
            work();
            return Task.CompletedTask;
        });
    }

    /// <summary>Runs asynchronous <paramref name="work"/> as turns of this session; safe from any thread.</summary>
    /// <returns>A task that completes when the work has finished.</returns>
    public Task InvokeAsync(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Host.InvokeAsync(work);
    }

    private void CancelTasksOf(Control control)
    {
        if (tasksByOwner is not null && tasksByOwner.Remove(control, out var tasks))
        {
            foreach (var task in tasks)
            {
                task.Cancel();
            }
        }
    }
}
