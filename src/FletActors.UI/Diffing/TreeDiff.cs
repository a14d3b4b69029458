using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors.UI.Diffing;

/// <summary>
/// Turns what changed since the last flush into one batch of minimal ops, and records the result as what the client
/// now shows. Deterministic and free of effects beyond that record: it calls no app code and no host.
/// </summary>
/// <remarks>
/// Its inputs are the recorded client state (ids, sent prop values, the captured child lists of changed slots) and
/// the current state of the changed parts only, so its cost follows the size of the change, not of the tree. Ops
/// come in three phases, each leaving the client's tree consistent for the next:
/// <list type="number">
/// <item>Removals, shallowest first. A control that left the page is removed with its subtree, unless a new control
/// with the same key and type arrived in the same slot: that one takes over its id and client node.</item>
/// <item>Child lists, shallowest in the new tree first, so a parent is in place before anything moves into it. A
/// longest increasing subsequence of the kept children stays put; every other child is moved or added. A control
/// the client already shows elsewhere is moved, also into a freshly added subtree, after that subtree's add.</item>
/// <item>Props: one SetProps per control with changed props, holding exactly those.</item>
/// </list>
/// A control that survives inside a removed subtree (it was moved out of it) is re-added under its own id.
/// </remarks>
internal sealed partial class TreeDiff
{
    private readonly SessionTree tree;
    private readonly Page page;
    private readonly List<PatchOp> ops = [];
    private readonly List<Control> mounted = [];
    private readonly List<Control> leaving = [];
    private readonly HashSet<Control> leavingSet = new(ReferenceEqualityComparer.Instance);
    private readonly List<Control> adopted = [];
    private readonly List<ChildSlot> work = [];

    private TreeDiff(SessionTree tree)
    {
        this.tree = tree;
        page = tree.Root;
    }

    public static DiffResult Run(SessionTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return new TreeDiff(tree).Run();
    }

    private DiffResult Run()
    {
        var slots = tree.TakeDirtySlots();
        var controls = tree.TakeDirtyControls();

        work.AddRange(slots
            .Where(s => ReferenceEquals(s.Owner.ClientPage, page))
            .OrderBy(s => ClientDepth(s.Owner)));
        for (var i = 0; i < work.Count; i++)
        {
            // A slot whose owner left the page is not pruned: the owner's removal takes its whole client subtree,
            // and a keyed handover inside it would give an id to a control the client never gets.
            if (ReferenceEquals(work[i].Owner.ClientPage, page) && IsAttached(work[i].Owner))
            {
                PruneRemoved(work[i]);
            }
        }

        var lists = work
            .Where(s => s.Simulated is not null && ReferenceEquals(s.Owner.ClientPage, page) && IsAttached(s.Owner))
            .OrderBy(s => TreeDepth(s.Owner))
            .ToList();
        foreach (var slot in lists)
        {
            if (slot.Simulated is not null)
            {
                Reconcile(slot);
            }
        }

        foreach (var slot in slots.Concat(work))
        {
            slot.Sent = null;
            slot.Simulated = null;
            slot.Cursor = 0;
        }

        foreach (var control in controls.Concat(adopted))
        {
            control.PropsQueued = false;
            if (ReferenceEquals(control.ClientPage, page) && control.TakeChangedProps() is { } changed)
            {
                ops.Add(new SetProps(control.Id, changed));
            }
        }

        var unmounted = leaving.Where(leavingSet.Contains).ToList();
        return new DiffResult(ops, mounted, unmounted);
    }

    /// <summary>Phase 1 for one slot: removes children that left the page, or hands their node to a keyed successor.</summary>
    private void PruneRemoved(ChildSlot slot)
    {
        List<Control> simulated = [.. slot.ClientItems];
        slot.Simulated = simulated;
        Dictionary<string, Control>? successors = null;
        for (var i = 0; i < simulated.Count;)
        {
            var child = simulated[i];
            if (!ReferenceEquals(child.ClientPage, page))
            {
                simulated.RemoveAt(i);
                continue;
            }

            if (IsAttached(child))
            {
                i++;
                continue;
            }

            if (child.Key is { } key
                && (successors ??= KeyedNewcomers(slot)).Remove(key, out var successor)
                && string.Equals(successor.ControlType, child.ControlType, StringComparison.Ordinal))
            {
                HandOver(child, successor, slot);
                simulated[i] = successor;
                i++;
                continue;
            }

            ops.Add(new RemoveControl(child.Id));
            simulated.RemoveAt(i);
            TakeOffClient(child);
        }
    }

    private static Dictionary<string, Control> KeyedNewcomers(ChildSlot slot)
    {
        var byKey = new Dictionary<string, Control>(StringComparer.Ordinal);
        foreach (var item in slot.Items)
        {
            if (item is { Key: { } key, Id: 0, ClientPage: null })
            {
                byKey.TryAdd(key, item);
            }
        }

        return byKey;
    }

    /// <summary>Keyed reconciliation: <paramref name="successor"/> takes over the client node of <paramref name="previous"/>.</summary>
    private void HandOver(Control previous, Control successor, ChildSlot slot)
    {
        successor.Id = previous.Id;
        previous.Id = 0;
        tree.ById[successor.Id] = successor;
        successor.ClientPage = page;
        successor.ClientSlot = slot;
        previous.ClientPage = null;
        previous.ClientSlot = null;
        Leave(previous);
        mounted.Add(successor);
        successor.InheritSentProps(previous);
        adopted.Add(successor);

        foreach (var previousSlot in previous.Slots)
        {
            List<Control> clientChildren = [.. previousSlot.ClientItems];
            previousSlot.Sent = null;
            var successorSlot = successor.Slots.First(s => string.Equals(s.Name, previousSlot.Name, StringComparison.Ordinal));
            foreach (var child in clientChildren)
            {
                child.ClientSlot = successorSlot;
            }

            successorSlot.Sent = clientChildren;
            work.Add(successorSlot);
        }
    }

    /// <summary>The client dropped this control's node and its subtree.</summary>
    private void TakeOffClient(Control control)
    {
        foreach (var slot in control.Slots)
        {
            foreach (var child in slot.ClientItems)
            {
                TakeOffClient(child);
            }

            slot.Sent = null;
            slot.Simulated = null;
        }

        tree.ById.Remove(control.Id);
        control.ClientPage = null;
        control.ClientSlot = null;
        Leave(control);
    }

    private void Leave(Control control)
    {
        if (control.MountedPage is not null && leavingSet.Add(control))
        {
            leaving.Add(control);
        }
    }

    private bool IsAttached(Control control) => ReferenceEquals(control.FindAttachedPage(), page);

    private static int TreeDepth(Control control)
    {
        var depth = 0;
        for (var node = control.Parent; node is not null; node = node.Parent)
        {
            depth++;
        }

        return depth;
    }

    private static int ClientDepth(Control control)
    {
        var depth = 0;
        for (var slot = control.ClientSlot; slot is not null; slot = slot.Owner.ClientSlot)
        {
            depth++;
        }

        return depth;
    }
}
