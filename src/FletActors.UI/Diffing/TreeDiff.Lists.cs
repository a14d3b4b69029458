using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors.UI.Diffing;

// Phase 2: rewriting one child list of the client into the app's list with moves and adds.
internal sealed partial class TreeDiff
{
    private void Reconcile(ChildSlot slot)
    {
        var simulated = slot.Simulated!;
        var target = slot.Items;

        var prefix = 0;
        while (prefix < target.Count && prefix < simulated.Count && ReferenceEquals(target[prefix], simulated[prefix]))
        {
            prefix++;
        }

        var stable = StableChildren(slot, prefix);
        slot.Cursor = prefix;
        for (var i = prefix; i < target.Count; i++)
        {
            var child = target[i];
            if (stable.Contains(child))
            {
                var at = simulated.IndexOf(child, slot.Cursor);
                if (at < 0)
                {
                    throw new InvalidOperationException($"Diff invariant broken: {child} is not after the cursor of {slot}.");
                }

                slot.Cursor = at + 1;
            }
            else if (ReferenceEquals(child.ClientPage, page))
            {
                RemoveFromSimulation(child);
                simulated.Insert(slot.Cursor, child);
                ops.Add(new MoveControl(child.Id, slot.Owner.Id, slot.Name, slot.Cursor));
                child.ClientSlot = slot;
                slot.Cursor++;
            }
            else
            {
                var deferred = new List<(Control Child, ChildSlot Slot, int Index)>();
                var node = Snapshot(child, slot, deferred);
                simulated.Insert(slot.Cursor, child);
                ops.Add(new AddControl(slot.Owner.Id, slot.Name, slot.Cursor, node));
                slot.Cursor++;
                foreach (var (movedChild, movedSlot, index) in deferred)
                {
                    RemoveFromSimulation(movedChild);
                    ops.Add(new MoveControl(movedChild.Id, movedSlot.Owner.Id, movedSlot.Name, index));
                    movedChild.ClientSlot = movedSlot;
                }
            }
        }
    }

    /// <summary>The kept children that need no move: a longest run of them already in the client's order.</summary>
    private static HashSet<Control> StableChildren(ChildSlot slot, int prefix)
    {
        var simulated = slot.Simulated!;
        var stable = new HashSet<Control>(ReferenceEqualityComparer.Instance);
        if (prefix == slot.Items.Count)
        {
            return stable;
        }

        var position = new Dictionary<Control, int>(ReferenceEqualityComparer.Instance);
        for (var i = prefix; i < simulated.Count; i++)
        {
            position[simulated[i]] = i;
        }

        var kept = new List<Control>();
        var keptPositions = new List<int>();
        for (var i = prefix; i < slot.Items.Count; i++)
        {
            var child = slot.Items[i];
            if (ReferenceEquals(child.ClientSlot, slot) && position.TryGetValue(child, out var at))
            {
                kept.Add(child);
                keptPositions.Add(at);
            }
        }

        foreach (var index in LongestIncreasingRun(keptPositions))
        {
            stable.Add(kept[index]);
        }

        return stable;
    }

    /// <summary>Indices of a longest strictly increasing subsequence (patience sorting, O(n log n)).</summary>
    internal static List<int> LongestIncreasingRun(IReadOnlyList<int> values)
    {
        var tails = new List<int>();
        var previous = new int[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            int low = 0, high = tails.Count;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (values[tails[mid]] < values[i])
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            previous[i] = low > 0 ? tails[low - 1] : -1;
            if (low == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[low] = i;
            }
        }

        var run = new List<int>(tails.Count);
        for (var i = tails.Count == 0 ? -1 : tails[^1]; i >= 0; i = previous[i])
        {
            run.Add(i);
        }

        run.Reverse();
        return run;
    }

    private static void RemoveFromSimulation(Control child)
    {
        var source = child.ClientSlot?.Simulated ?? throw new InvalidOperationException(
            $"Diff invariant broken: {child} moved out of {child.ClientSlot}, which recorded no change.");
        var at = source.IndexOf(child);
        source.RemoveAt(at);
        if (at < child.ClientSlot!.Cursor)
        {
            child.ClientSlot.Cursor--;
        }
    }

    /// <summary>
    /// The subtree to add, marking it as shown by the client. Children the client already shows elsewhere are left
    /// out and listed in <paramref name="deferred"/>, in order, to be moved in once the subtree exists.
    /// </summary>
    private ControlSnapshot Snapshot(Control control, ChildSlot parentSlot, List<(Control, ChildSlot, int)> deferred)
    {
        if (control.Id == 0)
        {
            control.Id = tree.AllocateId();
        }

        tree.ById.Add(control.Id, control);
        control.ClientPage = page;
        control.ClientSlot = parentSlot;
        if (!leavingSet.Remove(control))
        {
            mounted.Add(control);
        }

        var props = control.TakeAllProps();
        var children = new List<ControlSnapshot>();
        foreach (var slot in control.Slots)
        {
            slot.Sent = null;
            slot.Simulated = null;
            for (var i = 0; i < slot.Items.Count; i++)
            {
                var child = slot.Items[i];
                if (ReferenceEquals(child.ClientPage, page))
                {
                    deferred.Add((child, slot, i));
                }
                else
                {
                    children.Add(Snapshot(child, slot, deferred));
                }
            }
        }

        return new ControlSnapshot(control.Id, control.ControlType, parentSlot.Name, control.Key, props, children);
    }
}
