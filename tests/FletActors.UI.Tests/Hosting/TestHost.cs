using System.Collections.Concurrent;
using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors.UI.Tests.Hosting;

/// <summary>
/// A real, single-threaded implementation of the page host: turns run synchronously on the thread that pumps them
/// (the test thread), continuations come back through its synchronization context, and every turn ends with a
/// flush whose batches are kept for inspection.
/// </summary>
internal sealed class TestHost : IPageHost
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);
    private readonly ConcurrentQueue<Action> queue = new();
    private readonly SemaphoreSlim queued = new(0);
    private readonly TestSynchronizationContext context;
    private int turnThread = -1;
    private int turnDepth;

    public TestHost(string sessionId = "session-1", TimeProvider? timeProvider = null, InProcessPubSub? pubSub = null)
    {
        SessionId = sessionId;
        TimeProvider = timeProvider ?? TimeProvider.System;
        context = new TestSynchronizationContext(this);
        PubSub = (pubSub ?? new InProcessPubSub()).Join(this);
        Page = new Page(this);
    }

    public Page Page { get; }

    public string SessionId { get; }

    public TimeProvider TimeProvider { get; }

    public bool IsInTurn => turnDepth > 0 && Environment.CurrentManagedThreadId == turnThread;

    public IPubSubBroker PubSub { get; }

    public int MaxControls { get; set; } = int.MaxValue;

    /// <summary>Whether Update() may flush; tests turn it off to play a client whose window is full.</summary>
    public bool CanSend { get; set; } = true;

    public List<PatchBatch> Batches { get; } = [];

    /// <summary>Exceptions that escaped turns (handlers, async continuations, task bodies), in order.</summary>
    public List<Exception> Failures { get; } = [];

    public List<(Control? Owner, TestPageTask Task)> Tasks { get; } = [];

    public int PendingAsyncOperations => context.PendingOperations;

    /// <summary>Client method calls in the order the page made them, each after the batches sent before it.</summary>
    public List<(int BatchesBefore, ulong ControlId, string Method, IReadOnlyList<Prop> Args)> MethodCalls { get; } = [];

    public void Send(PatchBatch batch) => Batches.Add(batch);

    public void CallClientMethod(ulong controlId, string method, IReadOnlyList<Prop> args) =>
        MethodCalls.Add((Batches.Count, controlId, method, args));

    public IPageTask StartTask(Func<CancellationToken, Task> body, Control? owner)
    {
        var task = new TestPageTask();
        Tasks.Add((owner, task));
        Post(() =>
        {
            Task running;
            try
            {
                running = body(task.Token);
            }
            catch (Exception e)
            {
                running = Task.FromException(e);
            }

            running.ContinueWith(
                t =>
                {
                    if (t.IsFaulted && t.Exception!.InnerException is not OperationCanceledException)
                    {
                        Post(() => throw t.Exception.InnerException!);
                    }

                    task.Complete();
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        });
        return task;
    }

    public Task InvokeAsync(Func<Task> work)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(() =>
        {
            var task = work();
            task.ContinueWith(
                t =>
                {
                    if (t.IsFaulted)
                    {
                        done.SetException(t.Exception!.InnerExceptions);
                    }
                    else
                    {
                        done.SetResult();
                    }
                },
                TaskScheduler.Default);
        });
        return done.Task;
    }

    /// <summary>Queues work as a future turn; safe from any thread.</summary>
    public void Post(Action work)
    {
        queue.Enqueue(work);
        queued.Release();
    }

    /// <summary>Runs <paramref name="work"/> as one turn now and flushes; rethrows what it threw (after the flush).</summary>
    public void Turn(Action work)
    {
        var before = Failures.Count;
        RunTurn(work);
        if (Failures.Count > before)
        {
            var failure = Failures[before];
            Failures.RemoveRange(before, Failures.Count - before);
            throw new TurnFailedException(failure);
        }
    }

    /// <summary>Runs every queued turn, including turns queued by those, until none is left.</summary>
    public void RunPending()
    {
        while (queue.TryDequeue(out var work))
        {
            queued.Wait(0);
            RunTurn(work);
        }
    }

    /// <summary>Pumps turns until <paramref name="condition"/> holds; fails after the deadline.</summary>
    public void RunUntil(Func<bool> condition, TimeSpan deadline)
    {
        var end = DateTime.UtcNow + deadline;
        RunPending();
        while (!condition())
        {
            var left = end - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"The condition did not hold within {deadline}.");
            }

            // The condition may flip on another thread without queueing a turn, so wake up now and then to look.
            queued.Wait(left < PollInterval ? left : PollInterval);
            RunPending();
        }
    }

    public IReadOnlyList<PatchOp> TakeOps()
    {
        var ops = Batches.SelectMany(b => b.Ops).ToList();
        Batches.Clear();
        return ops;
    }

    private void RunTurn(Action work)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        turnThread = Environment.CurrentManagedThreadId;
        turnDepth++;
        try
        {
            try
            {
                work();
            }
            catch (Exception e)
            {
                Failures.Add(e);
            }

            try
            {
                // Like a session whose client is behind, the turn's changes wait for a turn that can send them.
                if (CanSend)
                {
                    Page.Flush();
                }
            }
            catch (Exception e)
            {
                Failures.Add(e);
            }
        }
        finally
        {
            turnDepth--;
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private sealed class TestSynchronizationContext(TestHost host) : SynchronizationContext
    {
        private int pending;

        public int PendingOperations => Volatile.Read(ref pending);

        public override void Post(SendOrPostCallback d, object? state) => host.Post(() => d(state));

        public override void Send(SendOrPostCallback d, object? state) =>
            throw new NotSupportedException("A session's context does not run work synchronously for other threads.");

        public override void OperationStarted() => Interlocked.Increment(ref pending);

        public override void OperationCompleted() => Interlocked.Decrement(ref pending);

        public override SynchronizationContext CreateCopy() => this;
    }
}
