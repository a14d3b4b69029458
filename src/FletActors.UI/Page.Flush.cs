using FletActors.UI.Diffing;
using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors;

// Flushing: BeforeUpdate, diff, send, then mount callbacks. Callbacks run after the batch has been handed to the
// host, so whatever they change (or flush) goes out in a later batch, in order.
public sealed partial class Page
{
    private const int MaxBeforeUpdateRounds = 100;

    private bool flushing;
    private bool flushAgain;

    /// <summary>True when changes wait to be sent.</summary>
    internal bool HasPendingChanges => Tree.HasChanges;

    /// <summary>
    /// Sends what changed since the last flush as one batch (nothing when nothing changed), then runs
    /// <c>DidMount</c>/<c>WillUnmount</c>. The host calls it at the end of every turn; <c>Update()</c> calls it too.
    /// A flush requested from inside a callback of a running flush happens right after it.
    /// </summary>
    /// <returns>True when at least one batch was sent.</returns>
    internal bool Flush()
    {
        if (flushing)
        {
            flushAgain = true;
            return false;
        }

        var sent = false;
        flushing = true;
        try
        {
            do
            {
                flushAgain = false;
                RunBeforeUpdates();
                var diff = TreeDiff.Run(Tree);
                if (diff.Ops.Count > 0)
                {
                    Host.Send(new PatchBatch(Reset: false, diff.Ops));
                    sent = true;
                }

                RunLifecycle(diff);
            }
            while (flushAgain || Tree.HasChanges);
        }
        finally
        {
            flushing = false;
        }

        return sent;
    }

    /// <summary>
    /// Sends the whole page as one reset batch, for a new client or one that lost its mirror. Pending changes are
    /// folded in; mount callbacks run after the batch has been handed over.
    /// </summary>
    internal void SendReset()
    {
        if (flushing)
        {
            throw new InvalidOperationException("A reset cannot be sent from inside a flush.");
        }

        flushing = true;
        try
        {
            RunBeforeUpdates();
            var diff = TreeDiff.Run(Tree);
            Host.Send(new PatchBatch(Reset: true, FullSnapshot.Ops(this)));
            RunLifecycle(diff);
        }
        finally
        {
            flushing = false;
        }

        if (flushAgain || Tree.HasChanges)
        {
            Flush();
        }
    }

    /// <summary>The whole page as a control node (for tests and diagnostics); changes nothing.</summary>
    internal ControlSnapshot Snapshot() => FullSnapshot.Of(this);

    private void RunBeforeUpdates()
    {
        var called = new HashSet<Control>(ReferenceEqualityComparer.Instance);
        for (var round = 0; round < MaxBeforeUpdateRounds; round++)
        {
            var due = new List<Control>();
            foreach (var control in Tree.PeekDirtyControls())
            {
                AddDue(control);
            }

            foreach (var slot in Tree.PeekDirtySlots())
            {
                AddDue(slot.Owner);
                foreach (var child in slot.Items)
                {
                    AddNewcomers(child);
                }
            }

            if (due.Count == 0)
            {
                return;
            }

            foreach (var control in due)
            {
                control.RunBeforeUpdate();
            }

            void AddDue(Control control)
            {
                if (called.Add(control))
                {
                    due.Add(control);
                }
            }

            void AddNewcomers(Control control)
            {
                if (control.ClientPage is not null)
                {
                    return;
                }

                AddDue(control);
                foreach (var slot in control.Slots)
                {
                    foreach (var child in slot.Items)
                    {
                        AddNewcomers(child);
                    }
                }
            }
        }

        throw new InvalidOperationException(
            $"BeforeUpdate kept changing new controls for {MaxBeforeUpdateRounds} rounds in session {SessionId}; " +
            "a BeforeUpdate must not keep adding controls whose BeforeUpdate adds more.");
    }

    private void RunLifecycle(DiffResult diff)
    {
        List<Exception>? failures = null;
        foreach (var control in diff.Unmounted)
        {
            CancelTasksOf(control);
            Try(control.RunWillUnmount);
            control.MountedPage = null;
        }

        foreach (var control in diff.Mounted)
        {
            control.MountedPage = this;
            Try(control.RunDidMount);
        }

        CallbackFailures.ThrowIfAny(failures);

        // Every callback runs even when one fails (each must be called exactly once); failures surface afterwards.
        void Try(Action callback)
        {
            try
            {
                callback();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                (failures ??= []).Add(e);
            }
        }
    }
}
