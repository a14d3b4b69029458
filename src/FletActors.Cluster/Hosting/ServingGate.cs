namespace FletActors.Cluster.Hosting;

/// <summary>
/// Whether this node may write to its clients now: one flag for the whole node, fed by the cluster's view of it
/// (<see cref="ServingGateWatcher"/>) and checked where every message leaves the process for a client. It exists so
/// that a node downed or paused past the failure detector never serves a client again: a SIGCONTed node was measured
/// answering locally for ~0.4 s after its peers had downed it and started its shards elsewhere (docs/architecture.md,
/// "A paused node").
/// </summary>
/// <remarks>
/// Three states. <b>Open</b>, for as long as its lease runs: in a cluster of several nodes the watcher renews it
/// while the node sees itself on the majority side, so a process that was frozen (SIGSTOP, a stalled VM) finds its
/// lease lapsed the moment it runs again, before its own failure detector has noticed anything; writes then wait
/// for the next verdict instead of going out. <b>Closed</b>: the node sees the majority unreachable; every stream
/// in flight ends (<see cref="ClosedToken"/>) and clients reconnect elsewhere; a renewal opens it again.
/// <b>Closed for good</b>: the node was downed or removed, or its actor system terminated.
/// </remarks>
public sealed class ServingGate : IDisposable
{
    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private CancellationTokenSource closing = new();
    private TaskCompletionSource changed = NewSignal();
    private long leaseEnd = long.MaxValue;
    private bool closed;
    private bool closedForGood;
    private string reason = "";

    /// <summary>Creates an open gate without a lease (a node alone, or one whose lease the watcher has not set yet).</summary>
    public ServingGate(TimeProvider time) => this.time = time ?? throw new ArgumentNullException(nameof(time));

    /// <summary>Creates an open gate on the system clock.</summary>
    public ServingGate()
        : this(TimeProvider.System)
    {
    }

    /// <summary>True while the gate is open and its lease runs: a message may leave for a client now.</summary>
    public bool MayServe
    {
        get
        {
            lock (gate)
            {
                return !closed && time.GetTimestamp() < leaseEnd;
            }
        }
    }

    /// <summary>True once the gate is closed for good.</summary>
    public bool IsClosedForGood
    {
        get
        {
            lock (gate)
            {
                return closedForGood;
            }
        }
    }

    /// <summary>Why the gate closed last (empty while it never did); for logs and the status clients get.</summary>
    public string Reason
    {
        get
        {
            lock (gate)
            {
                return reason;
            }
        }
    }

    /// <summary>Cancelled when the gate closes; a token taken while it is open stays cancelled after a reopening.</summary>
    public CancellationToken ClosedToken
    {
        get
        {
            lock (gate)
            {
                return closing.Token;
            }
        }
    }

    /// <summary>
    /// Completes with true as soon as a message may leave (at once while <see cref="MayServe"/>), with false once the
    /// gate is closed. While a lapsed lease waits for the watcher's next verdict, so does the caller.
    /// </summary>
    public async ValueTask<bool> WaitUntilServingAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (closed)
                {
                    return false;
                }

                if (time.GetTimestamp() < leaseEnd)
                {
                    return true;
                }

                next = changed.Task;
            }

            await next.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Opens the gate (unless closed for good) until <paramref name="lease"/> has passed from now; null for no end (a
    /// node alone in its cluster cannot be downed by anyone else).
    /// </summary>
    public void Renew(TimeSpan? lease)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            if (closedForGood)
            {
                return;
            }

            if (closed)
            {
                // The cancelled source stays with whoever registered on it; it holds no timer or handle to release.
                closed = false;
                closing = new CancellationTokenSource();
            }

            leaseEnd = lease is { } span ? time.GetTimestamp() + (long)(span.TotalSeconds * time.TimestampFrequency) : long.MaxValue;
            signal = changed;
            changed = NewSignal();
        }

        signal.TrySetResult();
    }

    /// <summary>Closes the gate: streams in flight end; a later <see cref="Renew"/> opens it again.</summary>
    public void Close(string why) => Close(why, forGood: false);

    /// <summary>Closes the gate for good: the node was downed or removed, or its actor system terminated.</summary>
    public void CloseForGood(string why) => Close(why, forGood: true);

    /// <summary>Closes the gate for good and releases its cancellation source; call once the server is gone.</summary>
    public void Dispose()
    {
        CloseForGood("the server is disposed");
        lock (gate)
        {
            closing.Dispose();
        }
    }

    private void Close(string why, bool forGood)
    {
        ArgumentNullException.ThrowIfNull(why);
        CancellationTokenSource? cancel = null;
        TaskCompletionSource signal;
        lock (gate)
        {
            if (closedForGood || (closed && !forGood))
            {
                return;
            }

            if (!closed)
            {
                cancel = closing;
            }

            closed = true;
            closedForGood = forGood;
            reason = why;
            signal = changed;
            changed = NewSignal();
        }

        cancel?.Cancel();
        signal.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
